// fine-kit export sheet STORY.json DIR   |   fine-kit export template DIR [--languages ar,en,fr]
// Writes a story as the kit's sheet (one CSV per list, a column per language),
// or the empty template; `fine-kit import sheet DIR` reads either back.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStory } from '../kit.js';
import { loadImport, reportLang } from '../import-report.js';

export const usage = `  fine-kit export sheet STORY.json DIR
      Write the story as CSV files (story.csv, events.csv, fines.csv…), one column per language.
  fine-kit export template DIR [--languages ar,en,fr]
      Write the empty sheet template, with columns for those languages.`;

export const options = { languages: { type: 'string' } };

/**
 * Writes `files` into `dir`, and removes a sheet file an earlier export left
 * there that this story has no list for (it would be read back otherwise).
 * @param {string} dir
 * @param {Record<string, string>} files
 * @param {string[]} known every file name a sheet can hold
 */
async function writeSheet(dir, files, known) {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    if (known.includes(name) && !(name in files)) await rm(join(dir, name));
  }
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  const [what, ...rest] = files;
  const { kit, im } = await loadImport();
  if (what === 'sheet' && rest.length === 2) {
    const story = await readStory(kit, rest[0], reportLang(values));
    const sheet = im.toSheet(story);
    await writeSheet(rest[1], sheet, im.sheetFiles());
    console.error(`✓ ${rest[1]}: ${Object.keys(sheet).join(', ')}`);
    return 0;
  }
  if (what === 'template' && rest.length === 1) {
    const languages = (values.languages ?? 'ar,en,fr').split(',').map((/** @type {string} */ l) => l.trim());
    await writeSheet(rest[0], im.sheetTemplate(languages), im.sheetFiles());
    console.error(`✓ ${rest[0]}`);
    return 0;
  }
  return 2;
}
