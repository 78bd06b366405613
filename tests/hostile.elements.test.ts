/**
 * The elements given hostile input, one attack at a time: values no JSON
 * text can make through the `story` property, numbers that are not finite,
 * error messages long enough to widen a page, and every way loading a
 * story can fail. Each time: the element's own error view (`role="alert"`)
 * in the reader's language, `fine-error` with the same words, and nothing
 * thrown to the page (no uncaught exception, no unhandled rejection).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { FineErrorDetail } from '../src/events.js';
import type { StoryError } from '../src/story/errors.js';
import { coreMessages, describeError, errorMessages, errorWords, languageReady } from '../src/i18n/index.js';
import { miniStory } from './fixtures/mini-story.js';
import type { Mutable } from './fixtures/story-errors.js';
import { FineTestElement } from './fixtures/test-element.js';
import { defineElement } from '../src/core/define.js';
import type { Story } from '../src/story/types.js';

/** An element whose own code fails on a story with the id `boom`: while deriving its view, or rendering. */
class FailingElement extends FineTestElement {
  failIn: 'willUpdate' | 'render' = 'render';
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (this.failIn === 'willUpdate' && this.loader.story?.id === 'boom') throw new TypeError('no view for boom');
  }
  protected override renderStory(story: Story) {
    if (this.failIn === 'render' && story.id === 'boom') throw new RangeError('cannot draw boom');
    return super.renderStory(story);
  }
}
defineElement('fine-failing-element', FailingElement);

const TAGS = ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map'] as const;

/** Uncaught exceptions and unhandled rejections while a test runs. */
const thrown: string[] = [];
const onError = (e: ErrorEvent) => thrown.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => thrown.push(`unhandled rejection: ${String(e.reason)}`);
before(async () => {
  await Promise.all(['en', 'ar', 'fr'].map((lang) => languageReady(lang, [errorWords])));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
beforeEach(() => (thrown.length = 0));

/** The element, its `fine-error` detail and its error view, once it shows one. */
async function failed(el: HTMLElement) {
  const detail = await new Promise<FineErrorDetail>((resolve, reject) => {
    el.addEventListener('fine-error', (e) => resolve(e.detail), { once: true });
    el.addEventListener('fine-ready', () => reject(new Error(`${el.localName} showed the story`)), { once: true });
  });
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const view = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]');
  expect(view, `${el.localName}: no error view`).to.exist;
  expect(view!.getAttribute('role')).to.equal('alert');
  expect(view!.getBoundingClientRect().height, `${el.localName}: the error view is not visible`).to.be.above(0);
  // a task later: an unhandled rejection is reported after the microtasks that could have handled it
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(thrown, thrown.join('\n')).to.deep.equal([]);
  return { detail, view: view!, text: view!.textContent.replace(/\s+/g, ' ') };
}

/** One element of `tag`, in `lang`, given a story through `set`. */
function mount(
  tag: string,
  lang: string,
  set: (el: HTMLElement & Mutable) => void,
  parent: HTMLElement = document.body,
): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & Mutable;
  el.setAttribute('lang', lang);
  if (tag === 'fine-quote') el.setAttribute('quote', 'q1');
  set(el);
  parent.append(el);
  return el;
}

/** Words of the reader's language, and none of English's, in an error message. */
function expectWords(text: string, lang: string, error: StoryError) {
  const sentence = describeError(errorMessages(lang), error).replace(/[\u2068\u2069]/g, '');
  expect(text.replace(/[\u2068\u2069]/g, '')).to.contain(sentence);
  if (lang !== 'en') expect(text).not.to.contain(describeError(errorMessages('en'), error).slice(0, 12));
}

describe('hostile input, in the elements', () => {
  describe('a story property no JSON could make', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const cases: [string, () => unknown, string][] = [
      [
        'a getter that throws',
        () => Object.defineProperty(miniStory(), 'title', { enumerable: true, get: trap }),
        '/title',
      ],
      ['a Proxy whose every trap throws', () => new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap }), ''],
      [
        'a Proxy that throws on one key',
        () => new Proxy(miniStory(), { get: (t, k) => (k === 'events' ? trap() : Reflect.get(t, k)) }),
        '/events',
      ],
      [
        'a revoked Proxy inside',
        () => {
          const { proxy, revoke } = Proxy.revocable({}, {});
          revoke();
          return { ...miniStory(), actors: proxy };
        },
        '/actors',
      ],
    ];
    for (const [what, make, path] of cases) {
      for (const lang of ['en', 'ar']) {
        it(`${what}: every element shows the error in ${lang} and fires fine-error`, async () => {
          for (const tag of TAGS) {
            const el = mount(tag, lang, (e) => (e['story'] = make()));
            const { detail, text } = await failed(el);
            const error = detail.errors[0]!;
            expect(error.code).to.equal('unreadable');
            expect(error.path).to.equal(path);
            expect(text).to.contain(coreMessages(lang).errorTitle);
            expectWords(text, lang, error);
            expect(detail.message).to.contain(describeError(errorMessages(lang), error));
            el.remove();
          }
        });
      }
    }

    it('a <fine-story> given a hostile Proxy passes the error to its children', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<fine-story lang="ar"><fine-timeline></fine-timeline></fine-story>`,
      );
      const story = wrapper as HTMLElement & Mutable;
      const child = wrapper.querySelector('fine-timeline')!;
      const own = new Promise<FineErrorDetail>((resolve) =>
        story.addEventListener('fine-error', (e) => e.target === story && resolve(e.detail)),
      );
      const shown = failed(child);
      story['story'] = new Proxy({}, { ownKeys: trap });
      expect((await own).errors[0]!.code).to.equal('unreadable');
      expectWords((await shown).text, 'ar', (await own).errors[0]!);
    });
  });

  describe('numbers that are not finite, named as such', () => {
    const cases: [string, (s: Mutable) => void, string, string][] = [
      ['NaN', (s) => (s['fines'][0].amount.value = NaN), '/fines/0/amount/value', 'NaN'],
      ['Infinity', (s) => (s['fines'][0].amount.value = Infinity), '/fines/0/amount/value', 'Infinity'],
      [
        '-Infinity',
        (s) => (s['conversions'] = [{ from: 'USD', to: 'EUR', rate: -Infinity, date: '2020', sources: ['s1'] }]),
        '/conversions/0/rate',
        '-Infinity',
      ],
    ];
    for (const [what, breakIt, path, received] of cases) {
      for (const lang of ['en', 'ar', 'fr']) {
        it(`${what} through the story property, in ${lang}`, async () => {
          const story = miniStory() as unknown as Mutable;
          breakIt(story);
          const el = mount('fine-comparison', lang, (e) => (e['story'] = story));
          const { detail, text } = await failed(el);
          const error = detail.errors.find((e) => e.path === path)!;
          expect(error, JSON.stringify(detail.errors)).to.exist;
          expect(error.code).to.equal('not-finite');
          expect(error.params['received']).to.equal(received);
          expect(text).to.contain(path);
          expectWords(text, lang, error);
          el.remove();
        });
      }
    }

    it('1e999 in inline JSON is Infinity, named as such', async () => {
      const text = JSON.stringify(miniStory()).replace('746000000', '1e999');
      const el = mount('fine-comparison', 'en', (e) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        e.append(script);
      });
      const shown = (await failed(el)).text.replace(/[\u2068\u2069]/g, '');
      expect(shown).to.contain('Expected a finite number, found Infinity.');
      expect(shown).not.to.contain('found a number');
      el.remove();
    });
  });

  describe('a story that cannot be loaded: what probably happened, with the URL, in the reader’s language', () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const elsewhere = (path: string) => `${location.protocol}//${other}:${location.port}${path}`;
    /** What the page is told: the machine is offline. */
    const offline = () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      return () => delete (navigator as unknown as Mutable)['onLine'];
    };
    /** The loader's 15 s timer, run in 50 ms: the real timeout path, without waiting 15 s. */
    const hurry = () => {
      const original = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
        original(fn, ms === 15_000 ? 50 : ms, ...rest)) as typeof window.setTimeout;
      return () => (window.setTimeout = original);
    };
    /** What else the message must say: a status, a number in the reader's digits. */
    type Also = string | ((lang: string) => string);
    const number = (n: number) => (lang: string) => new Intl.NumberFormat(lang).format(n);
    // Words of each language for each code, written here rather than read from the tables, and what else the message must say.
    const cases: [StoryError['code'], () => string, Record<string, string>, Also?, (() => () => void)?][] = [
      ['not-found', () => '/nope.json', { en: 'No story at', ar: 'لم يُعثر على قصة', fr: 'Aucun récit' }, '404'],
      [
        'not-found',
        () => '/__fuzz/status?code=410',
        { en: 'No story at', ar: 'لم يُعثر على قصة', fr: 'Aucun récit' },
        '410',
      ],
      ['server-error', () => '/__fuzz/status?code=503', { en: 'failed', ar: 'أخفق الخادم', fr: 'a échoué' }, '503'],
      [
        'http',
        () => '/__fuzz/status?code=403',
        { en: 'the server answered', ar: 'ردّ الخادم', fr: 'le serveur a répondu' },
        '403',
      ],
      [
        'timeout',
        () => '/__test/slow.json?ms=20000',
        { en: 'took more than', ar: 'استغرق تحميل القصة', fr: 'a dépassé' },
        number(15),
        hurry,
      ],
      [
        'cors',
        () => elsewhere('/__test/cors.json'),
        { en: 'refuses this page (CORS)', ar: 'سياسة CORS', fr: 'sa politique CORS' },
      ],
      [
        'network',
        () => '/__test/reset.json',
        { en: 'could not be reached', ar: 'تعذّر الوصول إلى الخادم', fr: 'injoignable' },
      ],
      [
        'offline',
        () => 'http://127.0.0.1:9/story.json',
        { en: 'this device is offline', ar: 'غير متصل بالشبكة', fr: 'hors ligne' },
        undefined,
        offline,
      ],
      [
        'too-large',
        () => '/__test/huge.json',
        { en: 'larger than', ar: 'يتجاوز الحد المسموح', fr: 'dépasse la taille' },
        number(5_000_000),
      ],
      ['html', () => '/__test/html.json', { en: 'gave a web page', ar: 'صفحة ويب', fr: 'une page web' }],
      ['not-json', () => '/LICENSE', { en: 'is not valid JSON', ar: 'ليس JSON صالحًا', fr: 'n’est pas du JSON valide' }],
      [
        'bad-url',
        () => 'http://[not-a-host/story.json',
        { en: 'is not a valid address', ar: 'ليس عنوان URL صالحًا', fr: 'n’est pas une URL valide' },
      ],
    ];
    cases.forEach(([code, src, words, also, setUp], i) => {
      const tag = TAGS[i % TAGS.length]!;
      for (const lang of ['en', 'ar', 'fr']) {
        const more = typeof also === 'function' ? also(lang) : also;
        it(`${code}${typeof also === 'string' ? ` (${also})` : ''}: <${tag}> in ${lang}`, async () => {
          const tearDown = setUp?.();
          try {
            const el = mount(tag, lang, (e) => (e['src'] = src()));
            const { detail, text } = await failed(el);
            const plain = text.replace(/[\u2068\u2069]/g, '');
            expect(detail.errors[0]!.code).to.equal(code);
            expect(plain).to.contain(code === 'bad-url' ? src() : new URL(src(), location.href).href);
            expect(plain).to.contain(words[lang]);
            if (more) expect(plain).to.contain(more.replace(/\s+/g, ' '));
            expect(plain).to.contain(coreMessages(lang).errorTitle);
            expect(detail.message.replace(/[\u2068\u2069]/g, '')).to.contain(words[lang]);
            el.remove();
          } finally {
            tearDown?.();
          }
        });
      }
    });
  });

  describe('an element whose own code fails on a story it accepted', () => {
    for (const failIn of ['willUpdate', 'render'] as const) {
      it(`in ${failIn}: the error view in the reader’s language, fine-error, a console error, and it recovers`, async () => {
        const logged: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => logged.push(args[0]);
        try {
          const el = mount('fine-failing-element', 'ar', (e) => {
            (e as unknown as FailingElement).failIn = failIn;
            e['story'] = { ...miniStory(), id: 'boom' };
          });
          const { detail, text } = await failed(el);
          expect(detail.errors[0]!.code).to.equal('render-failed');
          expect(detail.errors[0]!.params['detail']).to.match(/no view for boom|cannot draw boom/);
          expectWords(text, 'ar', detail.errors[0]!);
          expect(text).to.contain(coreMessages('ar').errorTitle);
          expect(logged.length, 'the exception is logged').to.be.at.least(1);
          const ready = new Promise((resolve) => el.addEventListener('fine-ready', resolve, { once: true }));
          (el as unknown as Mutable)['story'] = miniStory();
          await ready;
          expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('قصة قصيرة');
          expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
          el.remove();
        } finally {
          console.error = original;
        }
      });
    }
  });

  describe('the error view wraps anything', () => {
    const long = 'x'.repeat(100_000);
    const cases: [string, () => string | Mutable][] = [
      ['an unknown key of 100,000 characters', () => ({ ...miniStory(), [long]: 1 })],
      [
        'a value of 100,000 characters in a list of them',
        () => ({ ...miniStory(), lang: long, languages: [long, long] }),
      ],
      [
        'a source URL of 100,000 characters',
        () => {
          const s = miniStory() as unknown as Mutable;
          s['sources'][0].url = `https://example.org/${long}`;
          return s;
        },
      ],
    ];
    for (const [what, make] of cases) {
      for (const lang of ['en', 'ar']) {
        it(`${what}, in ${lang}: no element is wider than its column, nor the page than the window`, async () => {
          const column = await fixture<HTMLElement>(html`<div style="inline-size: 320px"></div>`);
          for (const tag of TAGS) {
            const el = mount(tag, lang, (e) => (e['story'] = make()), column);
            const { view } = await failed(el);
            expect(el.getBoundingClientRect().width, tag).to.be.at.most(320);
            expect(view.scrollWidth, `${tag}: the error view overflows`).to.be.at.most(view.clientWidth);
            expect(document.documentElement.scrollWidth, `${tag}: the page got wider`).to.be.at.most(window.innerWidth);
          }
        });
      }
    }

    it('a long URL that failed to load', async () => {
      const column = await fixture<HTMLElement>(html`<div style="inline-size: 320px"></div>`);
      const el = mount('fine-timeline', 'ar', (e) => (e['src'] = `/nope.json?${'y'.repeat(1000)}`), column);
      const { view, text } = await failed(el);
      expect(text).to.contain('…');
      expect(view.scrollWidth).to.be.at.most(view.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });
  });
});
