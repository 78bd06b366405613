// `npx fine-kit layout`: the actor map's layout baked at publish time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, simulate } from '../../dist/actor-map/layout.js';

const run = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });

const dir = mkdtempSync(join(tmpdir(), 'fine-kit-layout-'));
// the Amazon story as an editor leaves it: the published file in data/ has its layout baked already
const published = JSON.parse(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
delete published.mapLayout;
const original = JSON.stringify(published, null, 2) + '\n';

test('the published Amazon story carries a current baked layout (its map draws without simulating)', () => {
  const r = run('layout', 'data/amazon-cnpd-2021.story.json', '--check');
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /current/);
});

test('bakes the positions the map would simulate, and leaves the rest of the story as it was', () => {
  const file = join(dir, 'story.json');
  writeFileSync(file, original);
  const r = run('layout', file);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const baked = JSON.parse(readFileSync(file, 'utf8'));
  const story = JSON.parse(original);
  const graph = buildGraph(story.actors, story.relations, story.mainActor);
  const sim = simulate(graph);
  assert.deepEqual(
    baked.mapLayout.positions,
    graph.nodes
      .filter((n) => !n.isolated)
      .flatMap((n) => {
        const p = sim.get(n.id);
        assert.ok(p, n.id);
        return [p.x, p.y];
      }),
  );
  assert.match(baked.mapLayout.key, /^v\d+-[0-9a-f]{8}$/);
  delete baked.mapLayout;
  assert.deepEqual(baked, story);
  assert.equal(run('validate', file).status, 0);
});

test('writes elsewhere with --out, and --check tells a current layout from a stale or missing one', () => {
  const file = join(dir, 'in.json');
  // --out into a folder not made yet: it is made (it failed with ENOENT and a stack trace)
  const out = join(dir, 'public', 'out.json');
  writeFileSync(file, original);
  assert.equal(run('layout', file, '--check').status, 1);
  assert.equal(run('layout', file, '--out', out).status, 0);
  assert.equal(readFileSync(file, 'utf8'), original);
  const check = run('layout', out, '--check');
  assert.equal(check.status, 0, check.stdout);
  assert.match(check.stdout, /current/);
  // the story changes after the bake: the layout is stale, and the map would ignore it
  const changed = JSON.parse(readFileSync(out, 'utf8'));
  changed.relations.pop();
  writeFileSync(out, JSON.stringify(changed));
  const stale = run('layout', out, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.stdout, /stale/);
});

test('refuses an invalid story with its JSON path, and asks for one file', () => {
  const bad = JSON.parse(original);
  bad.mapLayout = { key: 'v2-00000000', positions: [1, 'two'] };
  const file = join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify(bad));
  const r = run('layout', file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/mapLayout\/positions\/1/);
  assert.equal(run('layout').status, 2);
});
