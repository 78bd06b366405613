// The iframe embed's node side: `npx fine-kit embed` (the snippets a newsroom
// pastes), the host script's size (bytes do not vary run to run, so the
// promise of "under 1 kB gzip" is a test), the built page, and the values the
// embed page accepts held to the elements' documented types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from '../../scripts/size.js';

const STORY = 'data/amazon-cnpd-2021.story.json';
/** The story's own title in `lang`: the frame's title ends with it. */
const { title } = JSON.parse(readFileSync(STORY, 'utf8'));
const run = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', 'embed', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
/** The attributes of the first `tag` in `html`, decoded. */
function attributesOf(html, tag) {
  const found = html.match(new RegExp(`<${tag}\\b([^>]*)>`))?.[1] ?? '';
  const decode = (s) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&amp;/g, '&');
  return Object.fromEntries([...found.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, decode(v ?? '')]));
}

test('fine-kit embed prints the iframe (titled, lazy, at the reserved height), the host script and the element', () => {
  const r = run(STORY, '--element', 'timeline', '--lang', 'ar');
  assert.equal(r.status, 0, r.stderr);
  const iframe = attributesOf(r.stdout, 'iframe');
  const src = new URL(iframe.src);
  assert.match(src.href, /^https:\/\/cdn\.jsdelivr\.net\/npm\/fine-kit@\d+\.\d+\.\d+\/dist\/cdn\/embed\.html\?/);
  assert.equal(src.searchParams.get('story'), STORY);
  assert.equal(src.searchParams.get('element'), 'timeline');
  assert.equal(src.searchParams.get('lang'), 'ar');
  assert.equal(iframe.title, `الخط الزمني: ${title.ar}`);
  assert.equal(iframe.loading, 'lazy');
  assert.ok('data-fine-embed' in iframe);
  // the timeline keeps 24rem from 600 px, plus the page's 8 px, and the caption, credit and "Updated" line
  // the story gives it; on a phone its list grows with the story, so phones get a height of their own
  assert.ok(Number(iframe.height) > 392, `${iframe.height} px`);
  assert.match(iframe.style, new RegExp(`height:clamp\\(${iframe.height}px, \\(600px - 100vw\\) \\* 1000, \\d+px\\)`));
  // hidden, they take no room: the timeline alone keeps its reserved height
  const bare = run(
    STORY,
    '--element',
    'timeline',
    '--lang',
    'ar',
    '--set',
    'no-caption',
    '--set',
    'no-credit',
    '--set',
    'no-updated',
  );
  assert.equal(bare.status, 0, bare.stderr);
  assert.equal(attributesOf(bare.stdout, 'iframe').height, '392');
  assert.match(
    r.stdout,
    /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/fine-kit@[\d.]+\/dist\/cdn\/embed-resize\.js" defer>/,
  );
  assert.match(
    r.stdout,
    /<fine-story src="data\/amazon-cnpd-2021\.story\.json" lang="ar">\n {2}<fine-timeline><\/fine-timeline>/,
  );
  assert.match(r.stderr, /--url says where it is published/);
});

test('--base, --url and --set go into the address; a data-dependent height steps up on phones', () => {
  const r = run(
    STORY,
    '--element',
    'comparison',
    '--lang',
    'en',
    '--base',
    'https://cdn.example/kit',
    '--url',
    'https://news.example/s.json',
    '--set',
    'limit=10',
    '--set',
    'scale=log',
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const iframe = attributesOf(r.stdout, 'iframe');
  const src = new URL(iframe.src);
  assert.equal(src.origin + src.pathname, 'https://cdn.example/kit/embed.html');
  assert.equal(src.searchParams.get('story'), 'https://news.example/s.json');
  assert.equal(src.searchParams.get('limit'), '10');
  assert.equal(src.searchParams.get('scale'), 'log');
  assert.equal(iframe.title, `Fines compared: ${title.en}`);
  const [, column, phone] = iframe.style
    .match(/height:clamp\((\d+)px, \(600px - 100vw\) \* 1000, (\d+)px\)/)
    .map(Number);
  assert.equal(String(column), iframe.height);
  assert.ok(phone > column, 'a stacked chart is taller');
  assert.match(r.stdout, /<fine-comparison limit="10" scale="log"><\/fine-comparison>/);
  // a wider column: the same rows, not stacked, and the caption on fewer lines
  const wide = attributesOf(
    run(STORY, '--element', 'comparison', '--lang', 'en', '--set', 'limit=10', '--width', '1000').stdout,
    'iframe',
  );
  assert.ok(Number(wide.height) <= Number(iframe.height), `${wide.height} px at 1000, ${iframe.height} px at 672`);
});

test('element all: the whole story, its quotes, in one frame', () => {
  const r = run(STORY, '--element', 'all', '--lang', 'fr', '--set', 'quote=lqdn-historic-fine,cnil-unprecedented');
  assert.equal(r.status, 0, r.stderr);
  const iframe = attributesOf(r.stdout, 'iframe');
  assert.equal(iframe.title, title.fr);
  assert.ok(Number(iframe.height) > 392 + 712, 'taller than the timeline and the map');
  assert.match(
    r.stdout,
    /<fine-quote quote="lqdn-historic-fine"><\/fine-quote>\n {2}<fine-quote quote="cnil-unprecedented">/,
  );
  assert.match(r.stdout, /src="[^"]*\/fine-kit\.js"/);
});

test('bad input: usage (exit 2) or the embed page’s own words (exit 1), in the chosen language', () => {
  assert.equal(run(STORY).status, 2);
  assert.equal(run(STORY, '--element', 'map').status, 2);
  assert.equal(run(STORY, '--element', 'timeline', '--width', 'wide').status, 2);
  const base = run(STORY, '--element', 'timeline', '--base', 'cdn/kit/');
  assert.equal(base.status, 2);
  assert.match(base.stderr, /--base must be an absolute URL/);
  const count = run(STORY, '--element', 'comparison', '--set', 'limit=x', '--lang', 'fr');
  assert.equal(count.status, 1);
  assert.match(count.stderr, /« limit » doit être un nombre entier de 1 à 9999, pas « x »/);
  const unknown = run(STORY, '--element', 'timeline', '--set', 'colour=red');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /Unknown parameter “colour”/);
  const missing = run('no-such-file.json', '--element', 'timeline');
  assert.equal(missing.status, 1);
  // ids the story does not have, said before the snippet is pasted
  const id = run(STORY, '--element', 'timeline', '--set', 'selected=nope', '--url', 'x.json');
  assert.equal(id.status, 1);
  assert.match(id.stderr, /“selected”: the story has nothing with the id “nope”/);
  const quote = run(STORY, '--element', 'quote', '--url', 'x.json');
  assert.equal(quote.status, 1);
  assert.match(quote.stderr, /The parameter “quote” is missing\. It is one of amazon-no-data-breach-2021, /);
});

test('the host script is under 1 kB gzip, and the built page loads nothing but its own files', () => {
  const { gzip } = measure('dist/cdn/embed-resize.js');
  assert.ok(gzip < 1024, `dist/cdn/embed-resize.js: ${gzip} B gzip`);
  const page = readFileSync('dist/cdn/embed.html', 'utf8');
  assert.match(page, /<script src="embed\.js" defer><\/script>/);
  assert.match(
    page,
    /http-equiv="Content-Security-Policy"[^>]*default-src 'none'; script-src 'self'; style-src 'self'/,
  );
  assert.doesNotMatch(
    page,
    /<style|style="|<script>|(?:src|href)="https?:/,
    'no inline script or style, no other origin',
  );
  // one classic script: no module syntax, no import() a sandboxed frame would need CORS for
  const script = readFileSync('dist/cdn/embed.js', 'utf8');
  assert.doesNotMatch(script, /\bimport\(|^import |^export /m);
});

/** The string values of a TypeScript type: literals, aliases declared in src/, `(typeof S.LAWS)[number]` of the story module. */
function literalsOf(type, aliases, story) {
  return type.split('|').flatMap((part) => {
    const t = part.trim();
    if (/^'.*'$/.test(t)) return [t.slice(1, -1)];
    if (aliases[t]) return literalsOf(aliases[t], aliases, story);
    const constant = t.match(/^\(typeof \w+\.(\w+)\)\[number\]$/)?.[1];
    if (constant && Array.isArray(story[constant])) return story[constant];
    return [`<${t}>`];
  });
}

test('the values the embed page accepts are the ones each element documents', async () => {
  const { ELEMENT_PARAMS } = await import('../../dist/embed/params.js');
  const story = await import('../../dist/story/index.js');
  const aliases = {};
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    for (const [, name, type] of readFileSync(join('src', file), 'utf8').matchAll(/export type (\w+) = ([^;{]+);/g))
      aliases[name] = type.replace(/\s+/g, ' ');
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const [name, params] of Object.entries(ELEMENT_PARAMS)) {
    const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === `fine-${name}`);
    for (const [attribute, check] of Object.entries(params)) {
      const type = decl.attributes.find((a) => a.name === attribute)?.type?.text;
      assert.ok(type, `fine-${name} documents “${attribute}”`);
      if (Array.isArray(check))
        assert.deepEqual(
          [...check].sort(),
          literalsOf(type, aliases, story).sort(),
          `fine-${name} ${attribute}: ${type}`,
        );
      else if (check === 'boolean') assert.equal(type, 'boolean', `fine-${name} ${attribute}`);
      else if (check === 'count') assert.match(type, /^number\b/, `fine-${name} ${attribute}`);
      else assert.match(type, /^string\b/, `fine-${name} ${attribute}`);
    }
  }
});
