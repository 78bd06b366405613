// fine-kit layout FILE [--out FILE] [--check]
// Bakes the actor map's layout into a story: runs the map's own seeded
// simulation once, at publish time, and writes its positions and the key of
// the graph they are for as the story's "mapLayout". The map then draws
// without simulating in the reader's browser (a large network is ready
// sooner), and draws exactly the picture it would have simulated; it
// ignores a layout made for another graph (the story changed since), so a
// stale bake costs time, never a wrong picture. --check only says whether
// the story's layout is missing or stale (exit 1), for CI.
import { readFile } from 'node:fs/promises';
import { loadKit, messageLang, readStory, writeOut } from '../kit.js';

export const usage = `  fine-kit layout FILE [--out FILE] [--check]
      Bake the actor map's layout into the story (in place, or into --out),
      so the map draws without simulating; --check: exit 1 if it is missing or stale.`;

export const options = { out: { type: 'string', short: 'o' }, check: { type: 'boolean', default: false } };

/** The pure layout functions, built with the kit. */
async function loadLayout() {
  return /** @type {typeof import('../../src/actor-map/layout.js')} */ (await import('../../dist/actor-map/layout.js'));
}

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (files.length !== 1) return 2;
  const kit = await loadKit();
  const lang = messageLang(values.lang);
  const story = await readStory(kit, files[0], lang);
  const { buildGraph, bakeLayout, bakedPositions } = await loadLayout();
  const graph = buildGraph(story.actors, story.relations, story.mainActor);
  if (values.check) {
    const current = bakedPositions(graph, story.mapLayout) !== undefined;
    console.log(
      current
        ? `✓ ${files[0]}: the map's layout is current`
        : `✗ ${files[0]}: ${story.mapLayout ? 'the map’s layout is stale' : 'no map layout'}: run fine-kit layout ${files[0]}`,
    );
    return current ? 0 : 1;
  }
  // the file as written (key order, the editor's other fields), with mapLayout set
  const json = JSON.parse(await readFile(files[0], 'utf8').then((t) => t.replace(/^\uFEFF/, '')));
  const baked = bakeLayout(graph);
  json.mapLayout = { key: baked.key, positions: '\u0000' };
  // the positions on one line: thousands of numbers one a line would bury the story
  const text = JSON.stringify(json, null, 2).replace('"\\u0000"', `[${baked.positions.join(', ')}]`) + '\n';
  const out = values.out ?? files[0];
  await writeOut(out, text);
  console.log(`${out}: mapLayout ${baked.key}, ${baked.positions.length / 2} actors placed`);
  return 0;
}
