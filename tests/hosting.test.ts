/**
 * The README's hosting recipe, on a real second origin: an article served by
 * web-test-runner (localhost) loads the kit's folder and the story from
 * http://127.0.0.1:<port> (tests/pages/hosting/cdn.js), with or without the
 * Access-Control-Allow-Origin header. With it, the article renders, in Arabic
 * too (the lang/ word modules need the header as well); without it, the
 * reader sees a message in the reserved box, never an empty space: the
 * element's own error view when the story is blocked, themes/reserve.css's
 * words when the kit itself is.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Hosting {
  warnings: string[];
  errors: string[];
  ready: string[];
  failed: { id: string; message: string }[];
  kitFailed: boolean;
}

type Policy = 'open' | 'closed' | 'kit-only';
const frames: HTMLIFrameElement[] = [];

async function openArticle(kit: Policy, story: Policy, lang = 'en', delay = 'short') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 1400px; border: 0';
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/pages/hosting/article.html?kit=${kit}&story=${story}&lang=${lang}&delay=${delay}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { hosting: Hosting };
  const doc = frame.contentDocument!;
  const get = (id: string) => doc.getElementById(id)!;
  return { win, doc, get, hosting: () => win.hosting };
}

/** The reserve message as the reader sees it: the ::before's text and whether it is visible. */
function reserveMessage(win: Window, el: Element) {
  const style = win.getComputedStyle(el, '::before');
  return { content: style.content, visibility: style.visibility, delay: style.animationDelay };
}

const REM = 16;
/** The timeline's reserved height: its `--fine-timeline-min-height` default, and themes/reserve.css's (README). */
const TIMELINE_RESERVE = 24 * REM;

describe('hosting: the kit and the story on another origin', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('with Access-Control-Allow-Origin on the kit, lang/ and the story: the article renders, in Arabic', async () => {
    const { get, hosting } = await openArticle('open', 'open', 'ar');
    await waitUntil(() => hosting().ready.length === 3, 'not every element was ready', { timeout: 15000 });
    expect(hosting().failed).to.deep.equal([]);
    expect(hosting().kitFailed).to.equal(false);
    expect(hosting().warnings.filter((w) => w.includes('could not be loaded'))).to.deep.equal([]);
    const filter = get('timeline').shadowRoot!.querySelector('[part="filter"]')!;
    // the Arabic words came from the CDN's lang/ folder
    expect(filter.getAttribute('aria-label')).to.match(/[\u0600-\u06ff]/);
  });

  it('without the header on lang/: the elements render in English and say why in the console', async () => {
    const { get, hosting } = await openArticle('kit-only', 'open', 'ar');
    await waitUntil(() => hosting().ready.length === 3, 'not every element was ready', { timeout: 15000 });
    const missing = hosting().warnings.filter((w) => w.includes('could not be loaded'));
    expect(missing).to.have.length(1);
    expect(missing[0]).to.contain('"ar" words');
    const filter = get('timeline').shadowRoot!.querySelector('[part="filter"]')!;
    expect(filter.getAttribute('aria-label')).to.equal('Filter events');
  });

  for (const lang of ['en', 'fr', 'ar']) {
    it(`without the header on the story: the error, in ${lang}, inside the reserved box`, async () => {
      const { get, hosting } = await openArticle('open', 'closed', lang);
      await waitUntil(() => hosting().failed.some((f) => f.id === 'timeline'), 'no fine-error', { timeout: 15000 });
      const timeline = get('timeline');
      const error = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
      expect(error, 'the error view').to.exist;
      expect(error.offsetHeight).to.be.greaterThan(0);
      expect(error.innerText.trim()).not.to.equal('');
      if (lang === 'ar') expect(error.innerText).to.match(/[\u0600-\u06ff]/);
      expect(timeline.getBoundingClientRect().height).to.be.at.least(TIMELINE_RESERVE - 1);
    });
  }

  const MESSAGES: Record<string, RegExp> = {
    en: /did not load/,
    fr: /ne s’est pas chargé/,
    ar: /لم يُحمَّل/,
  };
  for (const lang of ['en', 'fr', 'ar']) {
    it(`without the header on the kit: themes/reserve.css says so in the box, in ${lang}`, async () => {
      const { win, get, hosting } = await openArticle('closed', 'open', lang);
      await waitUntil(() => hosting().kitFailed, 'the kit loaded anyway', { timeout: 15000 });
      const timeline = get('timeline');
      expect(win.customElements.get('fine-timeline')).to.equal(undefined);
      await waitUntil(() => reserveMessage(win, timeline).visibility === 'visible', 'no message', { timeout: 5000 });
      expect(reserveMessage(win, timeline).content).to.match(MESSAGES[lang]!);
      // the message fills the reserved box: the article below did not move, nor collapse
      expect(timeline.getBoundingClientRect().height).to.be.closeTo(TIMELINE_RESERVE, 1);
      // an element with fallback content shows it instead
      const comparison = get('comparison');
      expect(get('fallback').offsetHeight).to.be.greaterThan(0);
      expect(reserveMessage(win, comparison).content).to.equal('none');
    });
  }

  it('the message waits four seconds by default: a kit that is only slow never flashes it', async () => {
    const { win, get, hosting } = await openArticle('closed', 'open', 'en', 'default');
    await waitUntil(() => hosting().kitFailed, 'the kit loaded anyway', { timeout: 15000 });
    const message = reserveMessage(win, get('timeline'));
    expect(message.delay).to.equal('4s');
    expect(message.visibility).to.equal('hidden');
  });

  it('a page that sets --fine-reserve-message gets its own words', async () => {
    const { win, doc, get, hosting } = await openArticle('closed', 'open', 'en');
    await waitUntil(() => hosting().kitFailed, 'the kit loaded anyway', { timeout: 15000 });
    doc.documentElement.style.setProperty('--fine-reserve-message', '"Le graphique est indisponible."');
    expect(reserveMessage(win, get('timeline')).content).to.equal('"Le graphique est indisponible."');
  });

  it('without JavaScript: an empty element says it needs it; one with fallback content shows that', async () => {
    // a sandbox without allow-scripts is a page with JavaScript off: (scripting: none)
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'inline-size: 1000px; block-size: 1400px; border: 0';
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/hosting/article.html?kit=open&story=open&lang=fr';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    expect(win.matchMedia('(scripting: none)').matches, 'scripting is off in the frame').to.equal(true);
    const timeline = doc.getElementById('timeline')!;
    expect(reserveMessage(win, timeline).content).to.match(/besoin de JavaScript/);
    expect(reserveMessage(win, timeline).visibility).to.equal('visible');
    expect(reserveMessage(win, doc.getElementById('comparison')!).content).to.equal('none');
    expect(doc.getElementById('fallback')!.offsetHeight).to.be.greaterThan(0);
  });
});
