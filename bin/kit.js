// What every command shares: the built kit (dist/), the language the user
// asked for, and the words of the kit's messages in that language.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The built story, i18n and fallback modules, or exit 2 with a hint when the package is not built. */
export async function loadKit() {
  try {
    return {
      ...(await import('../dist/story/index.js')),
      ...(await import('../dist/i18n/index.js')),
      ...(await import('../dist/i18n/lint.js')),
      ...(await import('../dist/i18n/all.js')),
      ...(await import('../dist/fallback/index.js')),
    };
  } catch {
    console.error('fine-kit: the package is not built. Run `npm run build` first.');
    process.exit(2);
  }
}

/**
 * Writes a command's output file, making its folder first: `-o public/stories/story.json`
 * in a fresh checkout should not end in ENOENT.
 * @param {string} file
 * @param {string} text
 */
export async function writeOut(file, text) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * The language of messages: `--lang`, else the shell's `LANG`, else English.
 * @param {string | undefined} option
 */
export function messageLang(option) {
  const envLang = (process.env.LANG ?? '').split(/[._]/)[0];
  return option ?? (envLang && envLang !== 'C' && envLang !== 'POSIX' ? envLang : 'en');
}

/**
 * A message without the bidi isolates a terminal shows as boxes.
 * @param {string} text
 */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

/**
 * Reads and validates a story file; on failure prints each error with its JSON path and exits 1.
 * @param {Awaited<ReturnType<typeof loadKit>>} kit
 * @param {string} file
 * @param {string} lang
 */
export async function readStory(kit, file, lang) {
  let result;
  try {
    result = kit.parseStory(await readFile(file, 'utf8'));
  } catch (e) {
    console.error(`fine-kit: ${/** @type {Error} */ (e).message}`);
    process.exit(1);
  }
  if (!result.ok) {
    const m = kit.errorMessages(lang);
    for (const e of result.errors) console.error(`${e.path || '/'}  ${plain(kit.describeError(m, e))}`);
    process.exit(1);
  }
  return result.story;
}
