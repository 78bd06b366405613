// The kit's elements as the benchmark knows them: which entry of dist/cdn
// defines each, and what a page needs to show it with the Amazon story.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './data.js';

/**
 * @typedef {object} ElementInfo
 * @property {string} key     folder under src/ and file under dist/cdn (timeline → dist/cdn/timeline.js)
 * @property {string} tag
 * @property {Record<string, string>} [attrs] attributes it needs with the Amazon story
 */

/** @type {ElementInfo[]} */
export const ELEMENTS = [
  { key: 'timeline', tag: 'fine-timeline' },
  { key: 'comparison', tag: 'fine-comparison' },
  { key: 'quote', tag: 'fine-quote', attrs: { quote: 'lqdn-historic-fine' } },
  { key: 'actor-map', tag: 'fine-actor-map' },
  { key: 'story-provider', tag: 'fine-story' },
];

/** Every self-contained module the size table lists, in this order. */
export const CDN_FILES = ['fine-kit', ...ELEMENTS.map((e) => e.key)];

/** Newest modification time of the files under a folder. */
function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, name.name);
    t = Math.max(t, name.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Whether the element can be measured: its source exists and its module was built.
 * @returns {{ ok: boolean, reason?: string, stale?: boolean }}
 */
export function availability(el) {
  const src = join(ROOT, 'src', el.key, 'index.ts');
  const built = join(ROOT, 'dist/cdn', `${el.key}.js`);
  if (!existsSync(src)) return { ok: false, reason: `not built yet: src/${el.key}/index.ts does not exist` };
  if (!existsSync(built)) return { ok: false, reason: `dist/cdn/${el.key}.js was not built` };
  // with BENCH_SKIP_BUILD the module can be older than its sources
  const stale = statSync(built).mtimeMs < newest(join(ROOT, 'src', el.key));
  return { ok: true, stale };
}

/**
 * The bench page that shows `el` with the story at `src`.
 * @param {{ fetch?: string[] }} [options] story files named by <link rel="preload" as="fetch">
 */
export function elementPage(el, src, extra = {}, options = {}) {
  const q = new URLSearchParams({ entry: el.key, tag: el.tag, src });
  for (const [k, v] of Object.entries({ ...el.attrs, ...extra })) q.set(`attr.${k}`, v);
  for (const href of options.fetch ?? []) q.append('fetch', href);
  return `/bench/pages/element.html?${q}`;
}

/**
 * The elements that src/index.ts (hence dist/cdn/fine-kit.js) registers, besides <fine-story>.
 * @returns {ElementInfo[]}
 */
export function kitElements() {
  const index = readFileSync(join(ROOT, 'src/index.ts'), 'utf8');
  const registers = (key) => new RegExp(`['"]\\./${key}/index\\.js['"]`).test(index);
  return registers('story-provider') ? ELEMENTS.filter((el) => el.key !== 'story-provider' && registers(el.key)) : [];
}

/**
 * The bench page of a whole article: <fine-story> around `elements`, with dist/cdn/fine-kit.js.
 * @param {ElementInfo[]} elements
 * @param {string} src
 * @param {string} [lang]
 * @param {string[]} [preload] modules named by <link rel="modulepreload">
 * @param {{ split?: string, fetch?: string[] }} [options] `split` on <fine-story>; story files named by <link rel="preload" as="fetch">
 */
export function articlePage(elements, src, lang = 'en', preload = [], options = {}) {
  const q = new URLSearchParams({ module: '/dist/cdn/fine-kit.js', src, lang });
  for (const href of preload) q.append('preload', href);
  if (options.split !== undefined) q.set('split', options.split);
  for (const href of options.fetch ?? []) q.append('fetch', href);
  for (const el of elements)
    q.append('el', [el.tag, ...Object.entries(el.attrs ?? {}).map(([k, v]) => `${k}=${v}`)].join(' '));
  return `/bench/pages/article.html?${q}`;
}

/** The bench page that shows TimelineJS with the TimelineJS JSON at `data`. */
export const timelineJsPage = (data) => `/bench/pages/timelinejs.html?${new URLSearchParams({ data })}`;
