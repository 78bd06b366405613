/**
 * What `parseStory` must answer for a hostile case, as a list of problems
 * (empty when there are none), shared by the Node fuzz test and the browser
 * tests: the documented shape (`{ ok: true, story }` with a plain story that
 * survives a JSON round trip, or `{ ok: false, errors }` with 1 to
 * MAX_ERRORS + 1 errors, each a JSON path, a known code and string or number
 * params that every placeholder of its message finds in en, ar and fr), and
 * the answer the case's class expects. Call `addShippedLanguages()` first.
 */
import { MAX_ERRORS, parseStory, type ParseResult } from '../../src/story/index.js';
import { describeError, describePath, errorMessages } from '../../src/i18n/index.js';
import type { HostileCase } from './hostile-stories.js';

const LANGS = ['en', 'ar', 'fr'];

/** A reproducer line for a failing case. */
export const reproducer = (c: HostileCase): string =>
  `seed ${c.seed} (${c.kind}): ${c.what.slice(0, 200)}\n    reproduce: FUZZ_SEED=${c.seed} node --test tests/node/fuzz.test.js`;

export function resultProblems(c: HostileCase, result: ParseResult): string[] {
  const out: string[] = [];
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') return ['no { ok } result'];
  if (c.expect !== 'either' && result.ok !== (c.expect === 'valid')) {
    out.push(`expected ${c.expect}, got ${result.ok ? 'valid' : JSON.stringify(result.errors.slice(0, 3))}`);
  }
  if (result.ok) return [...out, ...storyProblems(result.story)];
  const { errors } = result;
  if (!Array.isArray(errors) || errors.length < 1 || errors.length > MAX_ERRORS + 1) {
    return [...out, `errors: ${errors?.length} (1 to ${MAX_ERRORS + 1} expected)`];
  }
  for (const e of errors) {
    if (typeof e.path !== 'string' || (e.path !== '' && !e.path.startsWith('/'))) out.push(`bad path ${e.path}`);
    if (e.path.length > 1200) out.push(`a path of ${e.path.length} characters`);
    const values = Object.values(e.params ?? {});
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) out.push(`params of ${e.code}`);
    for (const lang of LANGS) {
      const m = errorMessages(lang)!;
      const template = m.errors[e.code] as string | undefined;
      if (typeof template !== 'string') {
        out.push(`no ${lang} message for ${e.code}`);
        continue;
      }
      const missing = [...template.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!).filter((k) => !(k in e.params));
      if (missing.length) out.push(`${e.code} lacks ${missing.join(', ')} for its ${lang} message`);
      const text = describeError(m, e) + describePath(m, e.path);
      if (text.length > 2000) out.push(`a ${lang} message of ${text.length} characters`);
    }
  }
  return out;
}

/** An accepted story is plain data: printable, serializable, and still valid after a JSON round trip. */
function storyProblems(story: object): string[] {
  const out: string[] = [];
  if (Object.getPrototypeOf(story) !== Object.prototype) out.push('the story is not a plain object');
  try {
    // a key named toString or valueOf would make these throw
    const { actors } = story as { actors: unknown[] };
    for (const value of [story as unknown, ...actors]) String(value);
    const again = parseStory(JSON.stringify(story));
    if (!again.ok) out.push(`the accepted story does not survive a JSON round trip: ${again.errors[0]!.code}`);
  } catch (e) {
    out.push(`the accepted story throws when printed or serialized: ${String(e)}`);
  }
  return out;
}
