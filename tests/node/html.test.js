// `npx fine-kit html`: the no-JavaScript fallback content of each element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const STORY = 'data/amazon-cnpd-2021.story.json';
const story = JSON.parse(readFileSync(STORY, 'utf8'));
const html = (...args) =>
  spawnSync(process.execPath, ['bin/fine-kit.js', 'html', STORY, ...args], { encoding: 'utf8' });

test('timeline: an ordered list of every dated event, with sources, in Arabic', () => {
  const r = html('--element', 'timeline', '--lang', 'ar');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^<h2>التسلسل الزمني<\/h2>\n<ol>/);
  assert.equal(r.stdout.match(/<li id=/g)?.length, story.events.length);
  assert.match(r.stdout, /<time datetime="2021-07-15">15 يوليو 2021<\/time>/);
  // A year-only date stays a year.
  assert.match(r.stdout, /<time datetime="2018">2018<\/time>/);
  assert.match(r.stdout, /rel="noopener noreferrer"/);
});

test('a source names its publisher once: not after a title that starts with it', () => {
  for (const lang of ['en', 'fr', 'ar']) {
    const r = html('--element', 'timeline', '--lang', lang);
    assert.equal(r.status, 0, r.stderr);
    // each link's words, without the isolating tags and marks (Arabic isolates its Latin names)
    const labels = [...r.stdout.matchAll(/<a href=[^>]*>(.*?)<\/a>/g)].map((m) =>
      m[1].replace(/<[^>]+>|[\u2066-\u2069]/g, ''),
    );
    assert.ok(labels.length > 20, lang);
    // "CNIL: …" (French "CNIL : …") from CNIL, "RTL: …" from RTL Lëtzebuerg: no bracketed publisher after them
    const cnil = labels.filter((l) => /^CNIL ?:/.test(l));
    const rtl = labels.filter((l) => /^RTL ?:/.test(l));
    assert.ok(cnil.length > 0 && rtl.length > 0, `${lang}: CNIL and RTL sources`);
    for (const l of [...cnil, ...rtl]) assert.doesNotMatch(l, /\((CNIL|RTL Lëtzebuerg)\)$/, lang);
    // nor after one that begins with the whole name: "Conseil d’État (France), decision no. …" (fr: "Conseil d’État, …")
    const conseil = labels.filter((l) => /^Conseil d’État( \(|,)/.test(l));
    if (lang !== 'ar') assert.ok(conseil.length > 0, `${lang}: a decision of the Conseil d’État`);
    for (const l of conseil) assert.doesNotMatch(l, /\(Conseil d’État\)$/, lang);
    // a title naming someone else keeps who published it
    assert.ok(
      labels.some((l) => l.endsWith('(sisap.work)')),
      `${lang}: sisap.work named`,
    );
  }
});

test('comparison: a table of every fine, largest first', () => {
  const r = html('--element', 'comparison', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<table>\n<caption>Fines compared<\/caption>/);
  assert.equal(r.stdout.match(/<tr id=/g)?.length, story.fines.length);
  const amounts = [...r.stdout.matchAll(/<td>€([\d,.]+)<\/td>/g)].map((m) => Number(m[1].replace(/,/g, '')));
  assert.deepEqual(
    amounts,
    [...amounts].sort((a, b) => b - a),
  );
});

test('quote: a figure with the translation and the original in its own language', () => {
  const quote = story.quotes.find((q) => q.lang === 'fr' && q.translations?.ar);
  const r = html('--element', 'quote', '--lang', 'ar', '--quote', quote.id);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /<figure id=/);
  assert.match(r.stdout, /مترجم من الفرنسية/);
  assert.match(r.stdout, /<blockquote lang="fr" dir="ltr"/);
});

test('actor map: a list of relation sentences with names isolated', () => {
  const r = html('--element', 'actor-map', '--lang', 'fr');
  assert.equal(r.status, 0, r.stderr);
  // the relations, before the story's change notes
  assert.equal(r.stdout.split('<aside')[0].match(/<li>/g)?.length, story.relations.length);
  assert.match(r.stdout, /<bdi>La Quadrature du Net<\/bdi>/);
});

test('text from the story is escaped, never markup', () => {
  const hostile = structuredClone(story);
  hostile.events[0].title = { ar: '<script>alert(1)</script>', en: '<img src=x onerror=alert(1)>', fr: 'x' };
  const file = '/tmp/fine-kit-hostile.story.json';
  spawnSync('sh', ['-c', `cat > ${file}`], { input: JSON.stringify(hostile) });
  const r = spawnSync(process.execPath, ['bin/fine-kit.js', 'html', file, '--element', 'timeline', '--lang', 'en'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /<img src=x/);
  assert.match(r.stdout, /&lt;img src=x onerror=alert\(1\)&gt;/);
});

test('bad arguments are refused', () => {
  assert.equal(html('--element', 'nope').status, 2);
  assert.equal(html('--element', 'quote', '--quote', 'no-such-quote').status, 1);
});

test('every element ends with the "Updated" date and the dated notes, newest first, in a <details>', () => {
  const r = html('--element', 'timeline', '--lang', 'en');
  assert.equal(r.status, 0, r.stderr);
  const notes = r.stdout.slice(r.stdout.indexOf('<aside class="fine-changes">'));
  assert.match(notes, /<p><small>Updated \u2068<time datetime="2026-11-30">/);
  assert.match(notes, /<details>\n<summary>Updates and corrections<\/summary>/);
  assert.equal(notes.match(/<li>/g)?.length, story.changes.length);
  assert.match(
    notes,
    /<li><strong>Correction<\/strong>, <time datetime="2026-11-30">[^<]+<\/time>: An earlier version said the fine was 0\.3%/,
  );
  assert.match(notes, /<p class="fine-sources">Sources: <a href=/);
  const fr = html('--element', 'changes', '--lang', 'fr');
  assert.match(fr.stdout, /^<aside class="fine-changes">\n<p><small>Mis à jour le/);
  assert.match(fr.stdout, /<strong>Rectificatif<\/strong>/);
  assert.match(html('--element', 'changes', '--lang', 'ar').stdout, /آخر تحديث: .*<strong>تصحيح<\/strong>/s);
});

test('a story without changes prints no notes', () => {
  const plainStory = structuredClone(story);
  delete plainStory.changes;
  delete plainStory.updated;
  const file = '/tmp/fine-kit-no-changes.story.json';
  spawnSync('sh', ['-c', `cat > ${file}`], { input: JSON.stringify(plainStory) });
  const r = spawnSync(process.execPath, ['bin/fine-kit.js', 'html', file, '--element', 'changes'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '\n');
});

test('comparison: each fine’s dated status, the reduced amount and who decided', () => {
  const r = html('--element', 'comparison', '--lang', 'en');
  const row = (id) => r.stdout.split('\n').find((l) => l.includes(`id="amazon-cnpd-2021-${id}"`)) ?? '';
  assert.match(
    row('amazon-cnpd-2021').replace(/[\u2068\u2069]/g, ''),
    /<td>Annulled on .+2026 \(Cour administrative\)<\/td><\/tr>$/,
  );
  assert.match(
    row('amazon-france-logistique-cnil-2023').replace(/[\u2068\u2069]/g, ''),
    /<td>Reduced to €15,000,000 on .+2025 \(Conseil d’État\)<\/td><\/tr>$/,
  );
  assert.match(row('meta-dpc-2023-transfers'), /<td><\/td><\/tr>$/);
});
