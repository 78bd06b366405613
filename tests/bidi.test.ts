import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import './fixtures/test-element.js';
import type { FineElement } from '../src/core/fine-element.js';
import { fallbackHtml, type FallbackElement } from '../src/fallback/html.js';
import type { Story } from '../src/story/types.js';
import { checkBidi, type BidiProblem } from './fixtures/bidi-check.js';
import { KNOWN_BIDI_PROBLEMS } from './fixtures/bidi-known.js';

/**
 * Bidi everywhere, read off the screen: every element in Arabic, in each
 * state a reader can reach, and the no-JavaScript HTML of `fine-kit html`;
 * every Latin name, abbreviation, number or amount inside Arabic text must
 * stand in the sentence's reading order, measured from the boxes of its runs
 * (tests/fixtures/bidi-check.ts says what counts as one unit). A failure
 * lists each label and the two neighbours found in the wrong order.
 */
let story: Story;
before(async () => {
  story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
});

/** `tag` with the story, in an Arabic article of `width` px, with `attrs` set as properties before the story. */
async function arabic(tag: string, width: number, attrs: Record<string, unknown> = {}): Promise<FineElement> {
  const wrap = await fixture<HTMLElement>(html`<article lang="ar" dir="rtl"></article>`);
  wrap.style.inlineSize = `${width}px`;
  const el = document.createElement(tag) as FineElement;
  Object.assign(el, attrs);
  const ready = new Promise((resolve) => el.addEventListener('fine-ready', resolve, { once: true }));
  el.story = story;
  wrap.append(el);
  await ready;
  await settle(el);
  return el;
}

async function settle(el: FineElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const show = (problems: BidiProblem[]) =>
  problems.map((p) => `${p.why}: ${p.pair.map((t) => `"${t}"`).join(' → ')} in «${p.label}»`);

/** Checks `root`, expecting mixed text to have been measured. */
/** Opens the element's "Updated" disclosure and waits for its list, which is written on opening. */
async function openChanges(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.updated');
  if (!details) return;
  details.open = true;
  await oneEvent(details, 'toggle');
  await el.updateComplete;
}

function expectInOrder(root: Node, what: string): void {
  const { checked, problems } = checkBidi(root);
  expect(checked, `${what}: mixed labels measured`).to.be.above(0);
  expect(show(problems), what).to.deep.equal([]);
}

describe('bidi: the order of Latin names and numbers inside Arabic, as laid out', () => {
  it('the checker sees the classic failures (and not their isolated forms)', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl" style="inline-size: 600px">
        <p id="bare">DPC، 12 مايو 2023</p>
        <p id="list">غرامات Google، Amazon</p>
        <p id="stop">أمازون (Amazon.com, Inc.)</p>
        <p id="fixed">
          <bdi>DPC</bdi>، 12 مايو 2023 و<bdi>Google</bdi>، <bdi>Amazon</bdi> و(<bdi>Amazon.com, Inc.</bdi>)
        </p>
      </div>`,
    );
    const problems = (id: string) => checkBidi(wrap.querySelector(`#${id}`)!).problems.map((p) => p.pair.join(' → '));
    expect(problems('bare')).to.deep.equal(['DPC → 12']);
    expect(problems('list')).to.deep.equal(['Google → Amazon']);
    expect(problems('stop')).to.deep.equal(['Inc.']);
    expect(problems('fixed')).to.deep.equal([]);
  });

  describe('the quote', () => {
    it('every quote of the story, as a card and a pull quote, translated and original', async () => {
      for (const quote of story.quotes) {
        for (const variant of ['card', 'pull']) {
          for (const showOriginal of [false, true]) {
            const el = await arabic('fine-quote', 560, { quote: quote.id, variant, showOriginal });
            await openChanges(el); // its list of updates is part of what the card shows
            expectInOrder(el, `${quote.id} (${variant}${showOriginal ? ', original' : ''})`);
          }
        }
      }
    });
  });

  describe('the base', () => {
    it('the caption, the credit and the open list of updates and corrections', async () => {
      for (const tag of ['fine-timeline', 'fine-comparison', 'fine-actor-map']) {
        const el = await arabic(tag, 720);
        await openChanges(el);
        const [caption, footer] = ['caption', 'footer'].map((p) =>
          checkBidi(el.shadowRoot!.querySelector(`[part~="${p}"]`)!),
        );
        expect(caption!.checked + footer!.checked, `${tag}: mixed labels measured`).to.be.above(0);
        expect(show([...caption!.problems, ...footer!.problems]), tag).to.deep.equal([]);
      }
    });

    it('the error view: paths, keys and values inside Arabic sentences', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 560px"></div>`);
      const el = document.createElement('fine-test-element');
      const failed = new Promise((resolve) => el.addEventListener('fine-error', resolve, { once: true }));
      el.story = { ...story, id: 'Amazon CNPD', lang: 'ar', fines: [{ ...story.fines[0], law: 'GDPR-K' }] };
      wrap.append(el);
      await failed;
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
      expectInOrder(el, 'error view');
    });
  });

  describe('fine-kit html (the no-JavaScript fallback)', () => {
    for (const element of ['timeline', 'comparison', 'quote', 'actor-map', 'changes'] as FallbackElement[]) {
      it(element, async () => {
        const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="inline-size: 672px"></div>`);
        wrap.innerHTML = fallbackHtml(story, element, 'ar');
        wrap.querySelectorAll('details').forEach((d) => (d.open = true));
        expectInOrder(wrap, element);
      });
    }
  });

  // The elements whose own labels their owners place: the same check, every state a reader reaches,
  // against the problems known when this test was written (tests/fixtures/bidi-known.ts).
  const known = (element: keyof typeof KNOWN_BIDI_PROBLEMS, found: string[]) => {
    const seen = [...new Set(found)];
    const list = KNOWN_BIDI_PROBLEMS[element];
    expect(
      seen.filter((p) => !list.includes(p)),
      `${element}: new`,
    ).to.deep.equal([]);
    expect(
      list.filter((p) => !seen.includes(p)),
      `${element}: fixed, delete from tests/fixtures/bidi-known.ts`,
    ).to.deep.equal([]);
  };

  /** The problems of `root`, having checked that it holds mixed labels. */
  const problemsOf = (root: Node, what: string) => {
    const { checked, problems } = checkBidi(root);
    expect(checked, `${what}: mixed labels measured`).to.be.above(0);
    return show(problems);
  };

  it('the timeline: the horizontal plot, every event’s details, the vertical list', async () => {
    let el = await arabic('fine-timeline', 720);
    const found = problemsOf(el, 'plot');
    for (const event of story.events) {
      el.setAttribute('selected', event.id);
      await settle(el);
      found.push(...show(checkBidi(el.shadowRoot!.querySelector('[part~="details"]')!).problems));
    }
    el = await arabic('fine-timeline', 400);
    found.push(...problemsOf(el, 'list'));
    known('timeline', found);
  });

  it('the chart: every fine as a bar, and the table', async () => {
    const el = await arabic('fine-comparison', 720);
    const found = problemsOf(el, 'chart');
    el.setAttribute('view', 'table');
    await settle(el);
    found.push(...problemsOf(el, 'table'));
    known('comparison', found);
  });

  it('the actor map: the map, each actor’s relations, and the table', async () => {
    const el = await arabic('fine-actor-map', 900);
    const found = problemsOf(el, 'map');
    for (const actor of story.actors) {
      el.setAttribute('focus', actor.id);
      await settle(el);
      found.push(...show(checkBidi(el).problems));
    }
    el.setAttribute('view', 'table');
    await settle(el);
    found.push(...problemsOf(el, 'table'));
    known('actor-map', found);
  });
});
