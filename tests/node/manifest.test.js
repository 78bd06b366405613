// custom-elements.json (`npm run analyze`, which `npm test` runs first): the
// attributes it documents, which Storybook's controls and docs show, are the
// ones Lit observes: every `static properties` entry that is neither internal
// state nor `attribute: false`, under its attribute name, and `lang`/`dir`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ path: m.path, decl: d })),
);

/** The attributes Lit observes for the entries of a file's `static properties` (Lit's rule: the name lowercased unless given). */
function observedAttributes(path) {
  const block = readFileSync(path, 'utf8').match(/static override properties[^=]*= \{\n([\s\S]*?)\n {2}\};/)?.[1];
  assert.ok(block, `${path} declares static properties`);
  return [...block.matchAll(/^\s*(\w+): \{(.*)\},$/gm)].flatMap(([, name, options]) => {
    if (/state: true|attribute: false/.test(options)) return [];
    return [options.match(/attribute: '([^']+)'/)?.[1] ?? name.toLowerCase()];
  });
}

const base = observedAttributes('src/core/fine-element.ts');

test('the manifest documents every element', () => {
  assert.deepEqual(elements.map((e) => e.decl.tagName).sort(), [
    'fine-actor-map',
    'fine-comparison',
    'fine-quote',
    'fine-story',
    'fine-timeline',
  ]);
});

for (const { path, decl } of elements) {
  test(`${decl.tagName}: documented attributes are the observed ones, no internal state`, () => {
    const source = readFileSync(path, 'utf8');
    const own = /static override properties/.test(source) ? observedAttributes(path) : [];
    // <fine-story> extends LitElement, not the elements' base: it shows nothing of its own
    const inherited = /extends FineElement\b/.test(source) ? base : [];
    const expected = [...new Set([...inherited, ...own, 'lang', 'dir'])].sort();
    assert.deepEqual(decl.attributes.map((a) => a.name).sort(), expected);
    const internal = new Set(
      decl.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
    );
    for (const a of decl.attributes) assert.ok(!internal.has(a.fieldName), `${a.name} is internal state`);
  });
}
