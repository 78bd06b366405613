// fine-kit split FILE [--languages ar,en] [--out DIR] [--check]
// Writes one story per language beside FILE (story.json → story.ar.json,
// story.en.json, story.fr.json): each holds only the texts a reader of that
// language is shown, and names the story it comes from (`splitFrom`: file,
// languages, `updated`, SHA-256). A page fetches the reader's file with
// <fine-story src="story.json" split>. --check writes nothing and exits 1
// when a file is missing or is not what split would write (a stale split).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { loadKit, messageLang, plain, writeOut } from '../kit.js';

export const usage = `  fine-kit split FILE [--languages ar,en,fr] [--out DIR] [--check]
      Write one story per language beside FILE (story.json → story.ar.json, …),
      each with only its language's texts, for <fine-story src="story.json" split>.
      --check: write nothing; exit 1 if a file is missing or stale.`;

export const options = {
  languages: { type: 'string' },
  out: { type: 'string' },
  check: { type: 'boolean', default: false },
};

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (files.length !== 1) return 2;
  const kit = await loadKit();
  kit.addShippedLanguages();
  const lang = messageLang(values.lang);
  const file = files[0];
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    console.error(`fine-kit: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
  const result = kit.parseStory(text);
  if (!result.ok) {
    const m = kit.errorMessages(lang);
    for (const e of result.errors) console.error(`${e.path || '/'}  ${plain(kit.describeError(m, e))}`);
    return 1;
  }
  const story = result.story;
  const languages = values.languages
    ? String(values.languages)
        .split(/[\s,]+/)
        .filter(Boolean)
    : kit.splitLanguages(story);
  const unknown = languages.filter((l) => !kit.splitLanguages(story).includes(kit.baseLang(l)));
  if (unknown.length) {
    console.error(
      `fine-kit: the story is not written in ${unknown.join(', ')} (languages: ${story.languages.join(', ')})`,
    );
    return 1;
  }
  const from = { file: basename(file), sha256: createHash('sha256').update(text).digest('hex') };
  const dir = values.out ?? dirname(file);
  let stale = 0;
  for (const l of languages) {
    const target = join(dir, kit.splitPath(basename(file), l));
    const json = JSON.stringify(kit.splitStory(story, l, from)) + '\n';
    if (values.check) {
      const current = await readFile(target, 'utf8').catch(() => undefined);
      if (current !== json) {
        stale++;
        console.log(`✗ ${target} is ${current === undefined ? 'missing' : 'stale'}: run fine-kit split ${file}`);
      } else console.log(`✓ ${target}`);
      continue;
    }
    await writeOut(target, json);
    const gzip = (await import('node:zlib')).gzipSync(json, { level: 9 }).length;
    console.log(
      `wrote ${target} (${Buffer.byteLength(json).toLocaleString('en')} B, ${gzip.toLocaleString('en')} B gzip)`,
    );
  }
  if (!values.check) {
    const list = languages.map((l) => kit.baseLang(l)).join(' ');
    console.log(`\nIn the page: <fine-story src="${basename(file)}" split="${list}">…</fine-story>`);
  }
  return stale ? 1 : 0;
}
