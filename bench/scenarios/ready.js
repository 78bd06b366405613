// Time to first render of every element with the Amazon story (each with its
// own module), of a whole article (<fine-story> around every element, with
// dist/cdn/fine-kit.js), in English and Arabic, and of TimelineJS with the
// same story converted to its format, interleaved. The Arabic article is also
// measured as a page that knows its language should serve it: the story split
// by language (`split`, the file `npx fine-kit split` writes) and the word
// module and the story file named up front (`modulepreload`, `preload`), with
// what it weighs on the wire (gzip).
import { ELEMENTS, articlePage, availability, elementPage, kitElements, timelineJsPage } from '../elements.js';
import { measureLoads } from './loads.js';
import { measure, wordsFor } from '../../scripts/size.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../data.js';

/** The article cases whose bytes on the wire are weighed: the kit, its words and the story. */
const WEIGHED = ['article', 'article-ar', 'article-ar-split'];

/**
 * What the kit, its words and the story weigh as a server sends them (gzip -9
 * of each file, summed), from the paths a page fetched.
 * @param {string[]} paths
 */
export function onTheWire(paths) {
  const files = paths.filter((p) => p.startsWith('/dist/cdn/') || /^\/data\/.*\.json$/.test(p));
  const parts = files.map((p) => ({ path: p, gzip: measure(join(ROOT, p)).gzip }));
  const part = (test) => parts.filter((x) => test(x.path)).reduce((s, x) => s + x.gzip, 0);
  return {
    files: parts,
    gzip: part(() => true),
    kit: part((p) => p.startsWith('/dist/cdn/') && !p.includes('/lang/')),
    words: part((p) => p.includes('/lang/')),
    story: part((p) => p.startsWith('/data/')),
  };
}

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
  const src = stories.amazon.url;
  if (inKit.length) {
    targets.push({ key: 'article', url: origin + articlePage(inKit, src), elements: inKit.map((e) => e.tag) });
    // the same in Arabic: the words arrive as separate modules, in parallel with the story
    targets.push({ key: 'article-ar', url: origin + articlePage(inKit, src, 'ar') });
    // and with the page naming those word modules up front (<link rel="modulepreload">, as the README suggests)
    const preload = wordsFor(join(ROOT, 'dist/cdn/fine-kit.js'), 'ar').map((f) => f.slice(ROOT.length));
    targets.push({ key: 'article-ar-preload', url: origin + articlePage(inKit, src, 'ar', preload) });
    // one language on the wire: the Arabic file of the split story, named up front with the words
    const arabic = src.replace(/\.json$/, '.ar.json');
    if (existsSync(join(ROOT, arabic))) {
      const page = articlePage(inKit, src, 'ar', preload, { split: 'ar en fr', fetch: [arabic] });
      targets.push({ key: 'article-ar-split', url: origin + page });
    } else skipped['article-ar-split'] = `${arabic} does not exist: npx fine-kit split ${src.slice(1)}`;
  } else skipped.article = 'src/index.ts registers no element yet (dist/cdn/fine-kit.js defines none)';
  targets.push({ key: 'timelinejs', url: origin + timelineJsPage(stories.amazon.tlUrl) });
  log(`ready: ${targets.map((t) => t.key).join(', ')} × ${runs} runs (+1 warm-up)`);
  const measured = await measureLoads(browser, targets, runs, log);
  if (measured.article) measured.article.elements = inKit.map((e) => e.tag);
  for (const key of WEIGHED) {
    if (measured[key]?.paths) measured[key].wire = onTheWire(measured[key].paths);
  }
  return { story: src, measured, skipped, stale };
}
