// Time to first render of every element with the Amazon story (each with its
// own module), of a whole article (<fine-story> around every element, with
// dist/cdn/fine-kit.js), and of TimelineJS with the same story converted to
// its format, interleaved.
import { ELEMENTS, articlePage, availability, elementPage, kitElements, timelineJsPage } from '../elements.js';
import { measureLoads } from './loads.js';
import { wordsFor } from '../../scripts/size.js';
import { join } from 'node:path';
import { ROOT } from '../data.js';

export async function readyScenario({ browser, origin, stories, runs, log }) {
  const skipped = {};
  const stale = [];
  const targets = [];
  for (const el of ELEMENTS) {
    const a = availability(el);
    if (!a.ok) {
      skipped[el.key] = a.reason;
      continue;
    }
    if (a.stale) stale.push(el.key);
    targets.push({ key: el.key, url: origin + elementPage(el, stories.amazon.url) });
  }
  // the whole article with the one-file kit, once src/index.ts registers the elements
  const inKit = kitElements();
  if (inKit.length) {
    targets.push({
      key: 'article',
      url: origin + articlePage(inKit, stories.amazon.url),
      elements: inKit.map((e) => e.tag),
    });
    // the same in Arabic: the words arrive as separate modules, in parallel with the story
    targets.push({ key: 'article-ar', url: origin + articlePage(inKit, stories.amazon.url, 'ar') });
    // and with the page naming those word modules up front (<link rel="modulepreload">, as the README suggests)
    const preload = wordsFor(join(ROOT, 'dist/cdn/fine-kit.js'), 'ar').map((f) => f.slice(ROOT.length));
    targets.push({ key: 'article-ar-preload', url: origin + articlePage(inKit, stories.amazon.url, 'ar', preload) });
  } else skipped.article = 'src/index.ts registers no element yet (dist/cdn/fine-kit.js defines none)';
  targets.push({ key: 'timelinejs', url: origin + timelineJsPage(stories.amazon.tlUrl) });
  log(`ready: ${targets.map((t) => t.key).join(', ')} × ${runs} runs (+1 warm-up)`);
  const measured = await measureLoads(browser, targets, runs, log);
  if (measured.article) measured.article.elements = inKit.map((e) => e.tag);
  return { story: stories.amazon.url, measured, skipped, stale };
}
