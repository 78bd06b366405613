// fine-kit embed FILE --element timeline|comparison|quote|actor-map|all [--lang ar] [--base URL] [--url URL] [--set name=value]...
// Prints what to paste to show the story in an iframe: the iframe (titled,
// lazy, at a height estimated from the story), the one script that sizes it
// to its content, and the element itself for pages that allow scripts.
import { readFileSync } from 'node:fs';
import { loadKit, messageLang, plain, readStory } from '../kit.js';

const ELEMENTS = ['timeline', 'comparison', 'quote', 'actor-map', 'all'];

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The kit's CDN folder for this version. */
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/fine-kit@${version}/dist/cdn/`;

export const usage = `  fine-kit embed FILE --element ${ELEMENTS.join('|')} [--lang ar|en|fr] [--base URL] [--url URL]
                [--set name=value]... [--width PX]
      Print the iframe snippet that shows the story where no script is allowed, the script
      that sizes it to its content, and the script-tag embed. --base: the kit's dist/cdn/
      folder (default ${DEFAULT_BASE}); --url: where the story is published
      (default: FILE, relative to embed.html); --set: an element attribute (selected=ID,
      limit=10, link-hash…); --width: the article column's width on a computer (default 672).`;

export const options = {
  element: { type: 'string' },
  base: { type: 'string' },
  url: { type: 'string' },
  set: { type: 'string', multiple: true },
  width: { type: 'string' },
};

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (files.length !== 1 || !ELEMENTS.includes(values.element ?? '')) return 2;
  const width = values.width === undefined ? undefined : Number(values.width);
  if (width !== undefined && !(Number.isInteger(width) && width >= 200 && width <= 4000)) {
    console.error(`fine-kit embed: --width takes a width in px from 200 to 4000, not "${values.width}"`);
    return 2;
  }
  const kit = await loadKit();
  /** @type {typeof import('../../dist/embed/index.js')} */
  const embed = await import('../../dist/embed/index.js');
  const lang = messageLang(values.lang);
  kit.addShippedLanguages();
  const story = await readStory(kit, files[0], lang);
  const base = values.base ?? DEFAULT_BASE;
  const storyUrl = values.url ?? files[0];
  /** @type {Record<string, string>} */
  const params = {};
  for (const pair of values.set ?? []) {
    const at = pair.indexOf('=');
    params[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1);
  }
  const options = { base, storyUrl, story, element: values.element, lang: values.lang, params, width };
  // the address the frame will read, checked as the frame checks it
  let url;
  try {
    url = embed.embedUrl(options);
    new URL(url);
  } catch {
    console.error(`fine-kit embed: --base must be an absolute URL (https://…/dist/cdn/), not "${base}"`);
    return 2;
  }
  const checked = embed.parseEmbedParams(new URL(url).search, url);
  const errors = checked.ok ? embed.storyIdErrors(story, values.element, params) : checked.errors;
  if (errors.length) {
    for (const e of errors) console.error(`fine-kit embed: ${plain(embed.describeEmbedError(e, lang))}`);
    return 1;
  }
  if (values.url === undefined)
    console.error(
      `fine-kit embed: the frame will load the story from "${storyUrl}", relative to embed.html; --url says where it is published.`,
    );
  const heights = embed.snippetHeights(options);
  process.stdout.write(
    [
      `<!-- fine-kit: where no script is allowed, the iframe alone (${heights.column} px high in a ${width ?? embed.COLUMN_WIDTH} px column, ${heights.phone} px on a phone) -->`,
      embed.iframeSnippet(options),
      '',
      '<!-- fine-kit: where one script is allowed, add it once per page: each iframe then fits its content -->',
      embed.resizeScriptSnippet(base),
      '',
      '<!-- fine-kit: where scripts are allowed, the element itself, without a frame -->',
      embed.elementSnippet(options),
      '',
    ].join('\n'),
  );
  return 0;
}
