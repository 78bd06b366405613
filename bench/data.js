// The stories the benchmark renders, each served from memory under
// /bench-data/ (fine-kit JSON and, for the timeline comparison, TimelineJS
// JSON made by to-timelinejs.js):
//   amazon             data/amazon-cnpd-2021.story.json (the real story)
//   timeline-1000/-10000  syntheticTimelineStory(n, 1)        tests/fixtures/timeline-synthetic.ts
//   timeline-10000-en     the same 10,000 in English only (what `fine-kit split` writes)
//   comparison-2000    syntheticComparisonStory(2000, 1)      tests/fixtures/comparison-synthetic.ts
//   actor-map-300x1000 syntheticNetworkStory(300, 1000, 1)    tests/fixtures/actor-map-synthetic.ts
//   actor-map-300x1000-baked  the same with its layout baked (what `fine-kit layout` writes)
//   actor-map-1000x2500 syntheticNetworkStory(1000, 2500, 1): the largest the schema allows (shown as a table)
// The TypeScript generators are bundled for Node with esbuild. Every story
// is checked with the kit's own parseStory; a generator that is missing or
// gives an invalid story stops the bench with the reason.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toTimelineJS } from './to-timelinejs.js';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const TMP = join(ROOT, 'bench/.tmp');

/** Bundles a TypeScript module for Node and imports it; null if the file does not exist. */
export async function importTs(relativePath) {
  const entry = join(ROOT, relativePath);
  if (!existsSync(entry)) return null;
  const outfile = join(TMP, 'node', relativePath.replace(/[/.]/g, '_') + '.mjs');
  await mkdir(join(TMP, 'node'), { recursive: true });
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/**
 * @typedef {object} BenchStory
 * @property {string} url         where the page fetches it
 * @property {string} [tlUrl]     its TimelineJS conversion
 * @property {number} [tlBytes]   the conversion's JSON size
 * @property {object} story
 * @property {string} origin      what made it
 * @property {number} bytes       JSON size
 */

/**
 * @returns {Promise<{ virtual: Map<string, string>, stories: Record<string, BenchStory>, notes: string[] }>}
 */
export async function prepareData() {
  const virtual = new Map();
  const notes = [];
  /** @type {Record<string, BenchStory>} */
  const stories = {};
  const { parseStory } = await importTs('src/story/parse.ts');

  const add = (key, story, origin, { timelinejs = false } = {}) => {
    const json = JSON.stringify(story);
    const url = `/bench-data/${key}.story.json`;
    virtual.set(url, json);
    stories[key] = { url, story, origin, bytes: Buffer.byteLength(json) };
    if (timelinejs) {
      const tlUrl = `/bench-data/${key}.timelinejs.json`;
      const tlJson = JSON.stringify(toTimelineJS(story, 'en'));
      virtual.set(tlUrl, tlJson);
      stories[key].tlUrl = tlUrl;
      stories[key].tlBytes = Buffer.byteLength(tlJson);
    }
  };

  /** The fixture's generator, called with `args`; its story must be valid. */
  const generate = async (fixture, exportName, args) => {
    const mod = await importTs(fixture);
    const fn = mod?.[exportName];
    if (typeof fn !== 'function') throw new Error(`${fixture} has no ${exportName}()`);
    const story = fn(...args);
    const result = parseStory(story);
    if (!result.ok) {
      throw new Error(
        `${fixture} ${exportName}(${args.join(', ')}) is not a valid story: ${JSON.stringify(result.errors.slice(0, 3))}`,
      );
    }
    return { story, origin: `${fixture} ${exportName}(${args.join(', ')})` };
  };

  const amazon = JSON.parse(readFileSync(join(ROOT, 'data/amazon-cnpd-2021.story.json'), 'utf8'));
  add('amazon', amazon, 'data/amazon-cnpd-2021.story.json', { timelinejs: true });
  // the elements fetch the real file, as a newsroom would publish it
  stories.amazon.url = '/data/amazon-cnpd-2021.story.json';

  for (const n of [1000, 10000]) {
    const made = await generate('tests/fixtures/timeline-synthetic.ts', 'syntheticTimelineStory', [n, 1]);
    add(`timeline-${n}`, made.story, made.origin, { timelinejs: n === 1000 });
    if (n !== 10000) continue;
    // what a page that serves one language on the wire fetches: `fine-kit split`'s English file
    const { splitStory } = await importTs('src/story/split.ts');
    const sha256 = createHash('sha256')
      .update(virtual.get(stories[`timeline-${n}`].url))
      .digest('hex');
    const en = splitStory(made.story, 'en', { file: `timeline-${n}.story.json`, sha256 });
    if (!parseStory(en).ok) throw new Error(`the English split of timeline-${n} is not a valid story`);
    add(`timeline-${n}-en`, en, `${made.origin} + fine-kit split (en)`);
  }
  const fines = await generate('tests/fixtures/comparison-synthetic.ts', 'syntheticComparisonStory', [2000, 1]);
  add('comparison-2000', fines.story, fines.origin);
  const network = await generate('tests/fixtures/actor-map-synthetic.ts', 'syntheticNetworkStory', [300, 1000, 1]);
  add('actor-map-300x1000', network.story, network.origin);
  const { buildGraph, bakeLayout } = await importTs('src/actor-map/layout.ts');
  const graph = buildGraph(network.story.actors, network.story.relations, network.story.mainActor);
  add(
    'actor-map-300x1000-baked',
    { ...network.story, mapLayout: bakeLayout(graph) },
    `${network.origin} + fine-kit layout`,
  );
  const largest = await generate('tests/fixtures/actor-map-synthetic.ts', 'syntheticNetworkStory', [1000, 2500, 1]);
  add('actor-map-1000x2500', largest.story, largest.origin);

  return { virtual, stories, notes };
}
