// fine-kit html FILE --element timeline|comparison|quote|actor-map|changes [--lang ar] [--quote ID]
// Prints the story as semantic HTML to paste inside an element as its
// no-JavaScript fallback, followed by the story's "Updated" line and change
// notes (`changes` prints those alone).
import { loadKit, messageLang, readStory } from '../kit.js';

const ELEMENTS = ['timeline', 'comparison', 'quote', 'actor-map', 'changes'];

export const usage = `  fine-kit html FILE --element ${ELEMENTS.join('|')} [--lang ar|en|fr] [--quote ID]
      Print the story as semantic HTML: the element's no-JavaScript fallback,
      with the story's "Updated" date and its updates and corrections.`;

export const options = { element: { type: 'string' }, quote: { type: 'string' } };

/** @param {{ values: Record<string, any>, files: string[] }} args */
export async function run({ values, files }) {
  if (files.length !== 1 || !ELEMENTS.includes(values.element ?? '')) return 2;
  const kit = await loadKit();
  const lang = messageLang(values.lang);
  kit.addShippedLanguages();
  const story = await readStory(kit, files[0], lang);
  try {
    process.stdout.write(kit.fallbackHtml(story, values.element, lang, { quote: values.quote }) + '\n');
  } catch (e) {
    console.error(`fine-kit: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
  return 0;
}
