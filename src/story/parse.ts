/**
 * `parseStory`: JSON (text or value) in, a typed story or a list of errors out.
 * It never throws, whatever it is given. Three passes, each only when the one
 * before found nothing:
 * 1. for a value, a defensive copy into plain data (`snapshot.ts`): size,
 *    nesting depth, `__proto__`-like keys, cycles, getters that throw, objects
 *    JSON cannot hold; for JSON text, its length, then depth and keys,
 * 2. the shape, checked by the schema (`schema.ts`),
 * 3. the meaning: ids unique, references resolved, spans in order.
 * What must be right before publishing but need not stop an element from
 * showing the story is for `checkStory` (check.ts); what is allowed but
 * probably not meant, for `lintStory` (lint.ts).
 */
import { Story as StorySchema } from './schema.js';
import { validate, type Issue } from './schema-kit.js';
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
  let errors: StoryError[];
  if (typeof input === 'string') {
    const json = input.startsWith(BOM) ? input.slice(1) : input;
    if (json.length > LIMITS.storyChars) {
      return { ok: false, errors: [{ path: '', code: 'too-big', params: { max: LIMITS.storyChars } }] };
    }
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [{ path: '', code: 'json', params: { detail: clip(describeThrown(e), 200) } }] };
    }
    // fresh plain data no one else holds: checked where it is, not copied
    errors = checkParsed(value, { maxDepth: MAX_DEPTH, maxErrors: MAX_ERRORS });
  } else {
    ({ value, errors } = copyData(input, { maxDepth: MAX_DEPTH, maxSize: LIMITS.storyChars, maxErrors: MAX_ERRORS }));
  }
  if (errors.length) return fail(errors.sort((a, b) => (a.path < b.path ? -1 : 1)));

  const issues = validate(StorySchema, value);
  if (issues.length) return fail(issues.map(issueToError));

  const story = value as Story;
  errors = meaningErrors(story);
  if (errors.length) return fail(errors);
  return { ok: true, story };
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

function meaningErrors(story: Story): StoryError[] {
  const errors: StoryError[] = [];
  const add = (path: (string | number)[], code: StoryError['code'], params: Params = {}) =>
    errors.push({ path: pointer(path), code, params });

  const ids = (name: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add([name, i, 'id'], 'duplicate-id', { id: item.id });
      seen.add(item.id);
    });
    return seen;
  };
  const actors = ids('actors', story.actors);
  const sources = ids('sources', story.sources);
  ids('relations', story.relations);
  ids('events', story.events);
  ids('eras', story.eras ?? []);
  const fines = ids('fines', story.fines);
  ids('quotes', story.quotes);
  ids('figures', story.figures ?? []);

  const ref = (set: Set<string>, kind: 'actor' | 'source' | 'fine', path: (string | number)[], id?: string) => {
    if (id !== undefined && !set.has(id)) add(path, 'unknown-ref', { kind, id });
  };
  const cites = (path: (string | number)[], list?: readonly string[]) =>
    list?.forEach((id, i) => ref(sources, 'source', [...path, 'sources', i], id));
  const span = (path: (string | number)[], start: string, end?: string) => {
    if (end && dateEnd(end) <= dateStart(start)) add([...path, 'end'], 'end-before-start', { start, end });
  };

  if (!story.languages.includes(story.lang)) add(['lang'], 'default-lang', { lang: story.lang });
  ref(actors, 'actor', ['mainActor'], story.mainActor);
  story.actors.forEach((a, i) => cites(['actors', i], a.sources));
  story.relations.forEach((r, i) => {
    ref(actors, 'actor', ['relations', i, 'from'], r.from);
    ref(actors, 'actor', ['relations', i, 'to'], r.to);
    cites(['relations', i], r.sources);
  });
  story.events.forEach((e, i) => {
    e.actors?.forEach((id, j) => ref(actors, 'actor', ['events', i, 'actors', j], id));
    e.fines?.forEach((id, j) => ref(fines, 'fine', ['events', i, 'fines', j], id));
    cites(['events', i], e.sources);
    span(['events', i], e.date, e.end);
  });
  story.eras?.forEach((e, i) => {
    cites(['eras', i], e.sources);
    span(['eras', i], e.start, e.end);
  });
  story.fines.forEach((f, i) => {
    ref(actors, 'actor', ['fines', i, 'actor'], f.actor);
    ref(actors, 'actor', ['fines', i, 'authorityActor'], f.authorityActor);
    cites(['fines', i], f.sources);
  });
  story.quotes.forEach((q, i) => {
    ref(actors, 'actor', ['quotes', i, 'speaker'], q.speaker);
    cites(['quotes', i], q.sources);
    for (const [lang, t] of Object.entries(q.translations ?? {})) {
      if (lang.toLowerCase() === q.lang.toLowerCase()) {
        add(['quotes', i, 'translations', lang], 'translation-of-original', { lang });
      }
      if (typeof t !== 'string') ref(sources, 'source', ['quotes', i, 'translations', lang, 'source'], t.source);
    }
  });
  story.conversions?.forEach((c, i) => cites(['conversions', i], c.sources));
  story.fines.forEach((f, i) =>
    f.history?.forEach((step, j) => {
      ref(actors, 'actor', ['fines', i, 'history', j, 'by'], step.by);
      cites(['fines', i, 'history', j], step.sources);
    }),
  );
  story.changes?.forEach((c, i) => cites(['changes', i], c.sources));
  story.figures?.forEach((f, i) => cites(['figures', i], f.sources));
  return errors;
}
