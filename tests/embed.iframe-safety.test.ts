/**
 * The iframe embed where it can go wrong: a frame sandboxed without
 * `allow-same-origin` (an opaque origin), bad parameters (explained inside
 * the frame, never run as HTML), a self-hoster's allow-list, messages from
 * the wrong window or origin, a host script that starts late or never, and
 * deep links (the frame's own address; the host's only when it opts in).
 */
import { expect } from '@open-wc/testing';
import {
  closeHosts,
  embed,
  KIT,
  nextMessage,
  openHost,
  pause,
  probe,
  settledHeight,
  storyHits,
  storyUrl,
  type Host,
  uniqueId,
} from './fixtures/embed-host.js';

afterEach(closeHosts);

/** A message without the bidi isolates around its values. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2068\u2069]/g, '');

const story = (id = uniqueId()) => `story=${encodeURIComponent(storyUrl(id))}`;
/** An event of the story, with its anchor. */
const EVENT = 'cnpd-decision';

/** Resolves with the next `type` event the host script fires on the iframe. */
const hostEvent = (iframe: HTMLIFrameElement, type: string) =>
  new Promise<CustomEvent>((resolve) =>
    iframe.addEventListener(type, (e) => resolve(e as CustomEvent), { once: true }),
  );

describe('the iframe embed, sandboxed', function () {
  this.timeout(60000);

  it('works in sandbox="allow-scripts" without allow-same-origin: sized, story over CORS, selection forwarded', async () => {
    const host = await openHost(375, 'ar');
    const id = uniqueId();
    const iframe = await embed(host, `${story(id)}&element=timeline&lang=ar&link-hash`, {
      sandbox: 'allow-scripts',
    });
    await settledHeight(iframe);
    const report = await probe(iframe);
    expect(report.origin, 'an opaque origin').to.equal('null');
    expect(report.sized).to.equal(true);
    expect(Math.abs(iframe.getBoundingClientRect().height - report.content!)).to.be.at.most(2);
    expect(report.scrollHeight).to.be.at.most(report.innerHeight + 1);
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.elementErrors).to.deep.equal([]);
    expect(await storyHits(id)).to.equal(1);
    // a reader's selection reaches the host (its message's origin is "null"), the frame's address takes the anchor
    const selected = hostEvent(iframe, 'fine-select');
    const after = await probe(iframe, 'timeline:details');
    const { detail } = await selected;
    expect(detail.element).to.equal('timeline');
    expect(detail.id).to.equal(after.selected);
    expect(detail.hash).to.equal(`#amazon-cnpd-2021-${after.selected}`);
    expect(after.errors, 'link-hash in an opaque origin').to.deep.equal([]);
    expect(after.hash).to.equal(detail.hash);
    expect(host.win.location.hash, 'the host address untouched').to.equal('');
  });
});

describe('the iframe embed, bad parameters', function () {
  this.timeout(60000);

  /** Opens a frame with a bad address; resolves with the probe's report once the error was reported and sized. */
  async function bad(host: Host, query: string) {
    const iframe = await embed(host, query);
    await settledHeight(iframe);
    const report = await probe(iframe);
    expect(Math.abs(iframe.getBoundingClientRect().height - report.content!), 'the error fits').to.be.at.most(2);
    expect(report.elements, 'no element').to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect((await probe(iframe, undefined, true)).axe, 'axe on the error view').to.deep.equal([]);
    return { report, iframe };
  }

  it('says what is missing, in the reader’s language, and tells the host', async () => {
    const host = await openHost(1000, 'en');
    const iframe = host.doc.createElement('iframe');
    const reported = nextMessage((e) => e.data?.type === 'error', 'error message', host.win);
    iframe.setAttribute('data-fine-embed', '');
    iframe.src = `${KIT}/__frame/probe/dist/cdn/embed.html`;
    host.doc.getElementById('column')!.append(iframe);
    const { data } = await reported;
    expect(data.element).to.equal(null);
    expect(plain(data.message)).to.contain('“story” is missing').and.contain('“element” is missing');
    expect(plain(data.message)).to.contain('timeline, comparison, quote, actor-map, or all');
    await settledHeight(iframe);
    const report = await probe(iframe);
    expect(report.alert).to.contain('This embed cannot be shown');
    expect(Math.abs(iframe.getBoundingClientRect().height - report.content!)).to.be.at.most(2);
  });

  it('shows markup in a parameter as text, and never loads a javascript: or data: story', async () => {
    const host = await openHost(1000, 'en');
    const { report } = await bad(host, `story=javascript:alert(1)&element=%3Cb%3Ebold%3C/b%3E`);
    expect(report.bolds, 'no <b> element').to.equal(0);
    expect(plain(report.alert)).to.contain('“<b>bold</b>”').and.contain('“javascript:alert(1)”');
    const data = await bad(host, `story=data:application/json,%7B%7D&element=timeline`);
    expect(plain(data.report.alert)).to.contain('“story” must be the address of a story file');
    expect(data.report.requests.filter((u) => !u.startsWith(KIT))).to.deep.equal([]);
  });

  it('explains each wrong value in Arabic, right to left', async () => {
    const host = await openHost(375, 'ar');
    const { report } = await bad(
      host,
      `${story()}&element=timeline&lang=ar&orientation=diagonal&selected=Not%20An%20Id&colour=red`,
    );
    expect(report.alertLang).to.equal('ar');
    expect(report.dir).to.equal('rtl');
    expect(report.alert).to.contain('تعذّر عرض هذا المحتوى المضمَّن');
    expect(plain(report.alert)).to.contain('«orientation»').and.contain('diagonal');
    expect(plain(report.alert)).to.contain('معامل غير معروف').and.contain('colour');
    expect(report.alert).to.contain('Not An Id');
  });

  it('explains a bad count and a repeated parameter in French', async () => {
    const host = await openHost(1000, 'en');
    const { report } = await bad(host, `${story()}&element=comparison&lang=fr&limit=0&scale=log&scale=linear`);
    expect(report.alertLang).to.equal('fr');
    expect(plain(report.alert)).to.contain('doit être un nombre entier de 1 à 9999').and.contain('plusieurs fois');
  });

  it('shows a filter with markup as the words typed, in the filter box', async () => {
    const host = await openHost(1000, 'en');
    const filter = '<img src=x onerror=alert(1)>';
    const iframe = await embed(host, `${story()}&element=timeline&filter=${encodeURIComponent(filter)}`);
    const report = await probe(iframe);
    expect(report.filterValue).to.equal(filter);
    expect(report.imgs).to.equal(0);
    expect(report.errors).to.deep.equal([]);
  });

  it('shows a story that cannot be loaded as the element’s own error, and tells the host', async () => {
    const host = await openHost(1000, 'en');
    const failed = nextMessage((e) => e.data?.type === 'error', 'error message', host.win);
    const iframe = await embed(host, `story=${encodeURIComponent(`${location.origin}/__test/500.json`)}&element=quote`);
    const { data } = await failed;
    expect(data.element).to.equal('quote');
    expect(data.message).to.be.a('string').and.not.equal('');
    await settledHeight(iframe);
    const report = await probe(iframe);
    expect(report.elementErrors).to.have.length(1);
    expect(Math.abs(iframe.getBoundingClientRect().height - report.content!)).to.be.at.most(2);
  });

  it('a self-hoster’s allow-list: a story from elsewhere is refused, one from the list shows', async () => {
    const host = await openHost(1000, 'en');
    const refused = await embed(host, `${story()}&element=timeline`, { variant: 'allow' });
    const no = await probe(refused);
    expect(plain(no.alert)).to.contain('This server shows only stories from').and.contain('/__embed/allowed/');
    expect(
      no.requests.filter((u) => u.includes('story.json')),
      'not even requested',
    ).to.deep.equal([]);
    const id = uniqueId();
    const allowed = await embed(host, `story=/__embed/allowed/story.json?id=${id}&element=timeline`, {
      variant: 'allow',
    });
    const yes = await probe(allowed);
    expect(yes.alert).to.equal(null);
    expect(yes.elements).to.deep.equal(['fine-timeline']);
    expect(await storyHits(id)).to.equal(1);
  });
});

describe('the host script and the messages', function () {
  this.timeout(60000);

  it('ignores a marked iframe whose page is on another origin than its src, and unmarked iframes', async () => {
    const host = await openHost(1000, 'en');
    // src on the kit's origin, redirected to a page on the host's origin that posts the protocol's messages
    const liar = await embed(host, '', { src: `${KIT}/__embed/elsewhere`, reports: 0, height: 100 });
    const selected: Event[] = [];
    liar.addEventListener('fine-select', (e) => selected.push(e));
    const unmarked = await embed(host, `${story()}&element=timeline`, { marked: false, reports: 0, height: 100 });
    expect(((await probe(liar)) as unknown as { liar: boolean }).liar).to.equal(true);
    await probe(unmarked);
    await pause(600);
    expect(liar.getBoundingClientRect().height, 'the liar is not resized').to.equal(100);
    expect(selected, 'nor forwarded').to.deep.equal([]);
    expect(host.win.location.hash).to.equal('');
    expect(unmarked.clientHeight, 'an iframe the host did not mark').to.equal(100);
  });

  it('parent-origin: messages reach that origin only', async () => {
    const host = await openHost(1000, 'en');
    const right = await embed(host, `${story()}&element=timeline&parent-origin=${encodeURIComponent(location.origin)}`);
    // the host script rounds the content's height up to a whole px
    expect(await settledHeight(right)).to.equal(Math.ceil((await probe(right)).content!));
    const wrong = await embed(host, `${story()}&element=timeline&parent-origin=https://news.example`, {
      reports: 0,
    });
    await pause(800);
    const report = await probe(wrong);
    expect(report.elements, 'the frame works').to.deep.equal(['fine-timeline']);
    expect(wrong.getBoundingClientRect().height, 'but says nothing to this host').to.equal(150);
    expect(report.sized).to.equal(false);
  });

  it('a host script that starts after the frame reported still sizes it; without one the frame scrolls', async () => {
    const host = await openHost(375, 'en', '&noscript');
    const iframe = await embed(host, `${story()}&element=comparison&limit=5`, { reports: 0, height: 200 });
    await nextMessage((e) => e.source === iframe.contentWindow && e.data?.type === 'ready', 'ready', host.win);
    await pause(300);
    const alone = await probe(iframe);
    expect(iframe.getBoundingClientRect().height, 'no script: the snippet’s height').to.equal(200);
    expect(alone.sized).to.equal(false);
    expect(alone.scrollHeight, 'the rest is a scroll away, not cut').to.be.above(alone.innerHeight);
    const script = host.doc.createElement('script');
    script.src = `${KIT}/dist/cdn/embed-resize.js`;
    host.doc.head.append(script);
    await settledHeight(iframe);
    const report = await probe(iframe);
    expect(report.sized).to.equal(true);
    expect(Math.abs(iframe.getBoundingClientRect().height - report.content!)).to.be.at.most(2);
  });

  it('the page exactly as built (no probe) is sized and reports', async () => {
    const host = await openHost(1000, 'ar');
    const iframe = await embed(host, `${story()}&element=actor-map&lang=ar`, { variant: 'bare' });
    expect(await settledHeight(iframe)).to.equal(44 * 16 + 8);
  });
});

describe('deep links across the frame', function () {
  this.timeout(60000);

  it('link-hash: the frame’s own address carries the selection; the host’s is untouched', async () => {
    const host = await openHost(1000, 'en');
    const iframe = await embed(host, `${story()}&element=timeline&link-hash`);
    const after = await probe(iframe, 'timeline:details');
    expect(after.selected).to.be.a('string');
    expect(after.hash).to.equal(`#amazon-cnpd-2021-${after.selected}`);
    expect(host.win.location.hash).to.equal('');
  });

  it('data-fine-link-hash: the selection goes into the host’s address, and the address selects on load', async () => {
    const host = await openHost(1000, 'en', `#amazon-cnpd-2021-${EVENT}`);
    const iframe = await embed(host, `${story()}&element=timeline`, { linkHash: true });
    await pause(300);
    const loaded = await probe(iframe);
    expect(loaded.selected, 'selected from the host’s address').to.equal(EVENT);
    const selected = hostEvent(iframe, 'fine-select');
    const after = await probe(iframe, 'timeline:details');
    const { detail } = await selected;
    expect(detail.id).to.equal(after.selected);
    expect(host.win.location.hash).to.equal(`#amazon-cnpd-2021-${after.selected}`);
    expect(after.hash, 'the frame’s own address: no link-hash, untouched').to.equal('');
  });
});
