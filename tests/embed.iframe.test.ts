/**
 * The iframe embed, end to end: a host page on one origin (localhost, strict
 * policy, the host script) holding dist/cdn/embed.html from another
 * (127.0.0.1), in LTR and RTL, 1000 and 375 px wide. The frame's height must
 * equal its content's within 2 px after load and after a reader opens
 * details or toggles a view; the height the snippet starts at must not cut
 * anything (and, for the elements that keep their height, lean high by no
 * more than the estimate of their caption and credit lines).
 */
import { expect } from '@open-wc/testing';
import { fallbackHeight, fallbackHeightAll, type HeightFacts } from '../src/embed/heights.js';
import { heightFacts } from '../src/embed/snippet.js';
import { EMBED_ELEMENTS } from '../src/embed/params.js';
import type { EmbedElementName } from '../src/embed/protocol.js';
import type { Story } from '../src/story/types.js';
import {
  closeHosts,
  embed,
  KIT,
  openHost,
  probe,
  settledHeight,
  storyHits,
  storyUrl,
  type ProbeReport,
  uniqueId,
} from './fixtures/embed-host.js';

let story: Story;
before(async () => {
  story = (await (await fetch('/data/amazon-cnpd-2021.story.json')).json()) as Story;
});
afterEach(closeHosts);

/** What a reader does in each element that changes its height. */
const ACT: Record<EmbedElementName, string> = {
  timeline: 'timeline:details',
  comparison: 'comparison:toggle',
  quote: 'quote:toggle',
  'actor-map': 'actor-map:details',
};
const QUOTE = 'lqdn-amazon-pretends';

/** The frame fits its content: as tall as it (within 2 px), nothing beyond it, no scrollbar of its own. */
function expectFits(iframe: HTMLIFrameElement, report: ProbeReport, when: string): void {
  const height = iframe.getBoundingClientRect().height;
  expect(report.content, `${when}: content`).to.be.a('number');
  expect(
    Math.abs(height - report.content!),
    `${when}: iframe ${height} px, content ${report.content} px`,
  ).to.be.at.most(2);
  expect(report.scrollHeight, `${when}: nothing below the frame's bottom`).to.be.at.most(report.innerHeight + 1);
  expect(Math.abs(report.innerHeight - height), `${when}: the frame's viewport is the iframe`).to.be.at.most(1);
  expect(report.sized, `${when}: the host said hello`).to.equal(true);
}

/** Nothing but the kit's files (from the kit's origin) and the story; no policy violation, no error. */
function expectClean(report: ProbeReport, id: string): void {
  expect(report.violations, 'policy violations').to.deep.equal([]);
  expect(report.errors, 'errors').to.deep.equal([]);
  for (const url of report.requests) {
    const u = new URL(url);
    if (u.origin === KIT)
      expect(u.pathname, url).to.match(/^\/(__frame\/\w+\/dist\/cdn\/embed\.js|tests\/pages\/embed-frame\/probe\.js)$/);
    else expect(url, 'the story').to.equal(storyUrl(id));
  }
}

describe('the iframe embed', function () {
  this.timeout(60000);

  for (const [lang, width] of [
    ['en', 1000],
    ['en', 375],
    ['ar', 1000],
    ['ar', 375],
  ] as const) {
    describe(`${lang === 'ar' ? 'RTL (ar)' : 'LTR (en)'}, ${width} px`, () => {
      for (const element of EMBED_ELEMENTS) {
        it(`${element}: the iframe is as tall as its content after load and after a reader changes it`, async () => {
          const id = uniqueId();
          const extra = element === 'quote' ? `&quote=${QUOTE}` : '';
          const params: Record<string, string> = element === 'quote' ? { quote: QUOTE } : {};
          const facts = heightFacts(story, element, lang, params);
          const start = Math.max(...facts.map((f) => fallbackHeight(element, width, f)));
          const host = await openHost(width, lang);
          const iframe = await embed(
            host,
            `story=${encodeURIComponent(storyUrl(id))}&element=${element}&lang=${lang}${extra}`,
            { height: start },
          );
          const loaded = await settledHeight(iframe);
          const report = await probe(iframe);
          expectFits(iframe, report, 'after load');
          expectClean(report, id);
          expect(report.lang).to.equal(lang);
          expect(report.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(await storyHits(id), 'one story request').to.equal(1);
          expect((await probe(iframe, undefined, true)).axe, 'axe after load').to.deep.equal([]);
          // the snippet's height never cuts; it leans high by the estimate of the caption and credit lines, not by more
          expect(start, `snippet ${start} px, content ${loaded} px`).to.be.at.least(loaded - 2);
          // (the timeline from 600 px: below, its list grows with the story, estimated leaning high)
          if ((element === 'timeline' && width >= 600) || element === 'actor-map')
            expect(start - loaded).to.be.at.most(120);

          await probe(iframe, ACT[element]);
          await settledHeight(iframe);
          const after = await probe(iframe);
          // the action took (selected, show-original, view, focus reflect), and the frame followed
          expect(after.attributes[0], ACT[element]).to.not.deep.equal(report.attributes[0]);
          expectFits(iframe, after, `after ${ACT[element]}`);
          expect((await probe(iframe, undefined, true)).axe, `axe after ${ACT[element]}`).to.deep.equal([]);
        });
      }
    });
  }

  for (const [lang, width] of [
    ['en', 1000],
    ['ar', 375],
  ] as const) {
    it(`element=all (${lang}, ${width} px): every element and the quotes named, one story request, fits`, async () => {
      const id = uniqueId();
      const quotes = [QUOTE, 'amazon-will-appeal-2021'];
      const facts = Object.fromEntries(
        EMBED_ELEMENTS.map((e) => [
          e,
          heightFacts(story, e, lang, e === 'quote' ? { quote: quotes.join(',') } : { limit: '10' }),
        ]),
      ) as Record<EmbedElementName, HeightFacts[]>;
      const start = fallbackHeightAll(width, facts);
      const host = await openHost(width, lang);
      const iframe = await embed(
        host,
        `story=${encodeURIComponent(storyUrl(id))}&element=all&lang=${lang}&quote=${quotes.join(',')}&limit=10`,
        { height: start, reports: 5 },
      );
      const loaded = await settledHeight(iframe);
      const report = await probe(iframe);
      expectFits(iframe, report, 'after load');
      expectClean(report, id);
      expect(report.elements).to.deep.equal([
        'fine-timeline',
        'fine-comparison',
        'fine-quote',
        'fine-quote',
        'fine-actor-map',
      ]);
      expect(report.attributes.slice(2, 4).map((a) => a['quote'])).to.deep.equal(quotes);
      expect(report.attributes[1]!['limit']).to.equal('10');
      expect(await storyHits(id), 'one story request for every element').to.equal(1);
      expect(start, `snippet ${start} px, content ${loaded} px`).to.be.at.least(loaded - 2);
      await probe(iframe, 'timeline:details');
      await settledHeight(iframe);
      expectFits(iframe, await probe(iframe), 'after opening details');
    });
  }
});
