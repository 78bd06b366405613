/**
 * `parseStory`: JSON (text or value) in, a typed story or a list of errors out.
 * It never throws, whatever it is given. Three passes, each only when the one
 * before found nothing:
 * 1. for a value, a defensive copy into plain data (`snapshot.ts`): size,
 *    nesting depth, `__proto__`-like keys, cycles, getters that throw, objects
 *    JSON cannot hold; for JSON text, its length, then depth and keys,
 * 2. the shape, checked by the schema (`schema.ts`),
 * 3. the meaning: ids unique and references resolved (the ids and
 *    references the schema met, `idOf`/`refTo`), the default language
 *    listed, spans in order, no translation into a quote's own language.
 * What must be right before publishing but need not stop an element from
 * showing the story is for `checkStory` (check.ts); what is allowed but
 * probably not meant, for `lintStory` (lint.ts).
 */
import { Story as StorySchema } from './schema.js';
import { LinkTally, linkIssues, validate, type Issue, type Link } from './schema-kit.js';
import type { Story } from './types.js';
import { dateEnd, dateStart } from './dates.js';
import { clip, pointer, type Params, type StoryError } from './errors.js';
import { checkParsed, copyData, describeThrown } from './snapshot.js';
import { LIMITS } from './limits.js';

/**
 * `ok: true` with the story, made of plain objects (from a value, a fresh
 * copy, never the object given: mutating one does not change the other), or `ok: false` with
 * at least one error, in document order, at most {@link MAX_ERRORS} of them
 * plus one `too-many-errors`.
 */
export type ParseResult = { ok: true; story: Story } | { ok: false; errors: StoryError[] };

/** Deeper than any story needs (Story → quotes → quote → translations → fr → text is 5). */
export const MAX_DEPTH = 12;
/** A broken file can produce thousands of errors; a reader needs the first ones. */
export const MAX_ERRORS = 50;

/** A UTF-8 byte order mark, as `TextDecoder` keeps it when told to and editors on Windows write it. */
const BOM = '\uFEFF';

export function parseStory(input: unknown): ParseResult {
  try {
    return parseOrFail(input);
  } catch (e) {
    // Nothing above should throw; if it does, the page still gets an answer, not an exception.
    return { ok: false, errors: [{ path: '', code: 'unreadable', params: { detail: describeThrown(e) } }] };
  }
}

function parseOrFail(input: unknown): ParseResult {
  let value: unknown;
  let errors: StoryError[] = [];
  const text = typeof input === 'string';
  if (text) {
    const json = input.startsWith(BOM) ? input.slice(1) : input;
    if (json.length > LIMITS.storyChars) {
      return { ok: false, errors: [{ path: '', code: 'too-big', params: { max: LIMITS.storyChars } }] };
    }
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [{ path: '', code: 'json', params: { detail: clip(describeThrown(e), 200) } }] };
    }
  } else {
    ({ value, errors } = copyData(input, { maxDepth: MAX_DEPTH, maxSize: LIMITS.storyChars, maxErrors: MAX_ERRORS }));
  }
  const tally = new LinkTally();
  // Parsed JSON no one else holds is checked where it is (depth, `__proto__`-like keys), not
  // copied; and only when its shape is wrong: a story the schema accepts has nothing this walk
  // refuses (no such key is a field or a language tag, and the schema is not that deep).
  const issues = errors.length ? [] : validate(StorySchema, value, tally);
  if (text && issues.length) errors = checkParsed(value, { maxDepth: MAX_DEPTH, maxErrors: MAX_ERRORS });
  if (errors.length) return fail(errors.sort((a, b) => (a.path < b.path ? -1 : 1)));
  if (issues.length) return fail(issues.map(issueToError));

  const story = value as Story;
  errors = [...(tally.ok ? [] : linkErrors(value)), ...meaningErrors(story)];
  if (errors.length) return fail(errors);
  return { ok: true, story };
}

/** The ids declared twice and the references to none, with their paths: the shape is validated again to find them. */
function linkErrors(value: unknown): StoryError[] {
  const links: Link[] = [];
  validate(StorySchema, value, links);
  return linkIssues(links).map(issueToError);
}

function fail(errors: StoryError[]): ParseResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  const more = errors.length - MAX_ERRORS;
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_ERRORS), { path: '', code: 'too-many-errors', params: { count: more } }],
  };
}

export function issueToError(issue: Issue): StoryError {
  return { path: pointer(issue.path), code: issue.code as StoryError['code'], params: issue.params };
}

/** What the shape cannot say and the links do not: the default language listed, spans in order, translations. */
function meaningErrors(story: Story): StoryError[] {
  const errors: StoryError[] = [];
  const add = (path: (string | number)[], code: StoryError['code'], params: Params = {}) =>
    errors.push({ path: pointer(path), code, params });
  // the path made only for an error: 10,000 events are checked at every page load
  const span = (list: string, i: number, start: string, end?: string) => {
    if (end && dateEnd(end) <= dateStart(start)) add([list, i, 'end'], 'end-before-start', { start, end });
  };

  if (!story.languages.includes(story.lang)) add(['lang'], 'default-lang', { lang: story.lang });
  story.events.forEach((e, i) => span('events', i, e.date, e.end));
  story.eras?.forEach((e, i) => span('eras', i, e.start, e.end));
  story.quotes.forEach((q, i) => {
    for (const lang of Object.keys(q.translations ?? {})) {
      if (lang.toLowerCase() === q.lang.toLowerCase()) {
        add(['quotes', i, 'translations', lang], 'translation-of-original', { lang });
      }
    }
  });
  return errors;
}
