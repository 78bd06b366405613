/**
 * The kit in pages it does not control (tests/pages/embed/), each loaded in
 * an iframe under a strict Content-Security-Policy, with the story served
 * slowly: a plain static page in English and Arabic, the same page with a
 * hostile global stylesheet and a dark host, the kit loaded twice, and a
 * React 19 app. The pages report what happened (tests/pages/embed/probe.js).
 */
import { expect } from '@open-wc/testing';

interface Measured {
  tag: string;
  id: string;
  height: number;
  width: number;
  dir: string | null;
  scheme: string | null;
  background: string;
  fontSize: string;
  lineHeight: string;
  letterSpacing: string;
  textTransform: string;
  boxSizing: string;
  hiddenSvgs: number;
  svgs: number;
  unstyledButtons: number;
}

interface Report {
  shifts: number[] | null;
  violations: string[];
  warnings: string[];
  errors: string[];
  ready: string[];
  failed: string[];
  elements: Measured[];
  requests: string[];
  origin: string;
  sentinelBefore: number | null;
  sentinelAfter: number | null;
}

const ELEMENTS = ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map'];
const frames: HTMLIFrameElement[] = [];

/** Opens a page in an iframe of `width` × `height` px and resolves with its report. */
function open(path: string, width = 1000, height = 6000): Promise<{ report: Report; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frames.push(frame);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${path} did not report within 20 s`)), 20000);
    addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'fine-embed-report') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ report: e.data.report as Report, frame });
    });
    frame.src = path;
    document.body.append(frame);
  });
}

const byId = (report: Report) => Object.fromEntries(report.elements.map((m) => [m.id || m.tag, m]));

afterEach(() => {
  while (frames.length) frames.pop()!.remove();
});

/** What every page must show: all elements ready, no CSP violation, no error, nothing from elsewhere. */
function expectClean(report: Report): void {
  expect(report.failed, 'fine-error').to.deep.equal([]);
  expect(report.errors, 'page errors').to.deep.equal([]);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  for (const url of report.requests) expect(new URL(url).origin, url).to.equal(report.origin);
}

describe('embedding', function () {
  // each page loads the kit and a slowly served story in a fresh frame
  this.timeout(30000);
  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ] as const) {
    describe(`a plain static page (${lang}, strict CSP, the story served slowly)`, () => {
      it('shows every element from one request per story, in the page’s direction', async () => {
        const { report } = await open(`/tests/pages/embed/article.html?lang=${lang}&dir=${dir}`);
        expectClean(report);
        expect([...new Set(report.ready)].sort()).to.deep.equal([...ELEMENTS].sort());
        expect(report.ready).to.have.length(5);
        for (const m of report.elements) expect(m.dir, m.id).to.equal(dir);
        // <fine-story> loads its story once for the four elements inside it; the lone timeline loads its own
        const stories = report.requests.filter((u) => new URL(u).pathname === '/__test/story.json');
        expect(stories.map((u) => new URL(u).search).sort()).to.deep.equal(['?delay=300&alone', '?delay=600']);
        // the kit's own words in the page's language, in one module beside the kit's file; none for English
        const words = report.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/dist/cdn/lang/'));
        expect(words).to.deep.equal(lang === 'en' ? [] : [`/dist/cdn/lang/${lang}.js`]);
      });

      // a wide column, and phones, where the chart stacks its labels and the quote wraps (host.css reserves for both)
      for (const width of [1000, 480, 360]) {
        it(`moves nothing on the page while the story loads (layout shift 0), ${width} px wide`, async () => {
          const { report } = await open(`/tests/pages/embed/article.html?lang=${lang}&dir=${dir}`, width);
          expect(report.sentinelBefore).to.be.a('number');
          expect(
            report.sentinelAfter,
            `heights: ${JSON.stringify(report.elements.map((m) => [m.id, m.height]))}`,
          ).to.equal(report.sentinelBefore);
          // Chromium measures it (Layout Instability API); Firefox has no such API, and the sentinel stands in
          if (report.shifts)
            expect(
              report.shifts.reduce((a, b) => a + b, 0),
              `moved: ${JSON.stringify((report as Report & { moved?: string[] }).moved)}`,
            ).to.equal(0);
          else expect(navigator.userAgent).to.contain('Firefox');
        });
      }
    });
  }

  describe('a hostile page: global resets on everything, svg hidden, buttons unset, a dark host', () => {
    it('looks as on a clean page with the same font: same boxes, own spacing, kit SVG shown, dark scheme', async () => {
      const clean = byId((await open('/tests/pages/embed/article.html?lang=ar&dir=rtl&font')).report);
      const { report } = await open('/tests/pages/embed/article.html?lang=ar&dir=rtl&hostile&dark');
      expectClean(report);
      expect(report.ready).to.have.length(5);
      for (const m of report.elements) {
        const twin = clean[m.id]!;
        expect(m.height, `${m.id} height: ${JSON.stringify([m, twin])}`).to.be.closeTo(twin.height, 1);
        expect(m.width, `${m.id} width`).to.be.closeTo(twin.width, 1);
        expect(m.lineHeight, m.id).to.equal(twin.lineHeight);
        expect(m.letterSpacing, m.id).to.equal('normal');
        expect(m.textTransform, m.id).to.equal('none');
        expect(m.boxSizing, m.id).to.equal('border-box');
        expect(m.hiddenSvgs, `${m.id} hidden svg`).to.equal(0);
        expect(m.svgs, m.id).to.equal(twin.svgs);
        expect(m.unstyledButtons, `${m.id} buttons`).to.equal(twin.unstyledButtons);
        expect(m.scheme, `${m.id} follows the dark host`).to.equal('dark');
        expect(twin.scheme, `${m.id} on a light host`).to.not.equal('dark');
      }
    });
  });

  describe('a self-hosted copy of fine-kit.js without its lang/ folder (Arabic page)', () => {
    it('shows every element in English, says why once, and breaks nothing', async () => {
      const { report, frame } = await open('/tests/pages/embed/article.html?lang=ar&dir=rtl&selfhosted');
      expect(report.failed, 'fine-error').to.deep.equal([]);
      expect(report.errors, 'page errors').to.deep.equal([]);
      expect(report.ready).to.have.length(5);
      const missing = report.warnings.filter((w) => w.includes('could not be loaded'));
      // one warning for the language, however many elements and tables
      expect(missing).to.have.length(1);
      expect(missing[0]).to.contain('"ar" words');
      for (const m of report.elements) expect(m.dir, m.id).to.equal('rtl');
      const filter = frame.contentDocument!.querySelector('#timeline')!.shadowRoot!.querySelector('[part="filter"]')!;
      expect(filter.getAttribute('aria-label')).to.equal('Filter events');
    });
  });

  describe('the kit loaded twice, and a second copy of one element', () => {
    it('warns once per element defined twice and breaks nothing', async () => {
      const { report } = await open('/tests/pages/embed/duplicate.html');
      expectClean(report);
      expect([...report.ready].sort()).to.deep.equal(['fine-quote', 'fine-timeline']);
      const twice = report.warnings.filter((w) => w.includes('already defined'));
      expect(twice.length).to.be.greaterThan(0);
      for (const w of twice) expect(w).to.match(/^fine-kit \d+\.\d+\.\d+: <fine-[a-z-]+> is already defined/);
    });
  });

  describe('a React 19 app', () => {
    it('passes the story as a property and hears fine-select through onfine-select', async () => {
      const { report, frame } = await open('/tests/pages/embed/react.html');
      expectClean(report);
      expect([...report.ready].sort()).to.deep.equal(['fine-comparison', 'fine-quote', 'fine-timeline']);
      const doc = frame.contentDocument!;
      const timeline = doc.querySelector('fine-timeline')!;
      const event = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="event"]')!;
      event.click();
      await new Promise((r) => setTimeout(r, 100));
      expect(doc.getElementById('selected')!.textContent).to.equal(event.dataset['id']);
    });

    it('follows a language change React makes on an ancestor', async () => {
      const { frame } = await open('/tests/pages/embed/react.html');
      const doc = frame.contentDocument!;
      doc.getElementById('arabic')!.click();
      await new Promise((r) => setTimeout(r, 200));
      for (const tag of ['fine-timeline', 'fine-quote', 'fine-comparison']) {
        const base = doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base.getAttribute('dir'), tag).to.equal('rtl');
        expect(base.getAttribute('lang'), tag).to.equal('ar');
      }
    });
  });
});
