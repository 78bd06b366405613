/**
 * A story given as a JavaScript value (the `story` property, or JSON already
 * parsed) can be anything a script makes: getters that throw, a Proxy whose
 * traps throw, a cycle, a `Date`, one object shared a million times. `copyData`
 * reads it once, defensively, into plain data (arrays and plain objects of
 * strings, numbers, booleans and null), so that:
 * - reading it never throws: each failure is an error at its JSON path;
 * - the validator and the elements see one snapshot that no getter or later
 *   mutation can change between the check and the use;
 * - the work is bounded: at most `maxDepth` levels and `maxSize` characters,
 *   counted the way its JSON text would be (about), whatever the sharing.
 *
 * Copies are plain objects (`Object.prototype`), so `String(story.actors[0])`
 * works; a key `__proto__`, `constructor` or `prototype` is never copied but
 * reported (`forbidden-key`), and the schema refuses every other unknown key,
 * `toString` included.
 */
import { pointer, type StoryError } from './errors.js';

export interface CopyLimits {
  /** Levels of nesting below the root. */
  maxDepth: number;
  /** Characters: every string's length plus a few for each value, as in its JSON text. */
  maxSize: number;
  /** Errors to collect before giving up (the caller reports that more were left). */
  maxErrors: number;
}

export interface Copied {
  value: unknown;
  errors: StoryError[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `Date`, `Map`, `RegExp`…: the built-in kind of an object, read without calling its own code when possible. */
function kindOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** Stops the walk: the story is too large to read at all. */
class TooBig extends Error {}

export function copyData(root: unknown, limits: CopyLimits): Copied {
  const errors: StoryError[] = [];
  let size = 0;
  const ancestors = new Set<object>();
  /** Where the walk is: one array pushed and popped, made into a pointer only for an error. */
  const path: (string | number)[] = [];
  const fail = (code: StoryError['code'], params: StoryError['params'] = {}) => {
    errors.push({ path: pointer(path), code, params });
  };
  const grow = (n: number) => {
    size += n;
    if (size > limits.maxSize) throw new TooBig();
  };
  /** Reads `read()`, reporting what it throws at the current path; `undefined` then. */
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (e instanceof TooBig) throw e;
      fail('unreadable', { detail: describeThrown(e) });
      return undefined;
    }
  };

  // Recursion is bounded by maxDepth (a dozen levels): no stack to overflow.
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') {
      grow(value.length + 2);
      return value;
    }
    if (typeof value !== 'object' || value === null) {
      grow(5); // numbers, booleans, null; functions and symbols stay for the schema to name
      return value;
    }
    if (ancestors.has(value)) return fail('cycle');
    if (path.length >= limits.maxDepth) return fail('too-deep', { max: limits.maxDepth });
    const isArray = attempt(() => Array.isArray(value));
    if (isArray === undefined) return undefined;
    const kind = isArray ? 'Array' : attempt(() => kindOf(value));
    if (kind === undefined) return undefined;
    if (kind !== 'Array' && kind !== 'Object') return fail('not-data', { received: kind });
    ancestors.add(value);
    try {
      return isArray ? copyArray(value as unknown[]) : copyObject(value as Record<string, unknown>);
    } finally {
      ancestors.delete(value);
    }
  };

  /** Copies the value read at `key` of the current node, with `key` on the path while it does. */
  const copyAt = (key: string | number, read: () => unknown): unknown => {
    path.push(key);
    try {
      const item = attempt(read);
      return item === undefined || errors.length > limits.maxErrors ? undefined : copy(item);
    } finally {
      path.pop();
    }
  };

  const copyArray = (value: unknown[]): unknown[] | undefined => {
    const length = attempt(() => value.length);
    if (length === undefined) return undefined;
    // a Proxy can claim any length: -1, 1.5, NaN
    if (!Number.isSafeInteger(length) || length < 0) {
      fail('unreadable', { detail: `length ${String(length)}` });
      return undefined;
    }
    grow(length + 2); // before the loop: a sparse array of length 1e9 stops here
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = copyAt(i, () => value[i]) ?? null;
    return out;
  };

  const copyObject = (value: Record<string, unknown>) => {
    const keys = attempt(() => Object.keys(value));
    if (!keys) return undefined;
    grow(2);
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      grow(key.length + 3);
      if (FORBIDDEN_KEYS.has(key)) {
        path.push(key);
        fail('forbidden-key', { key });
        path.pop();
        continue;
      }
      const item = copyAt(key, () => value[key]);
      // like JSON.stringify: a property set to undefined is no property
      if (item !== undefined) out[key] = item;
    }
    return out;
  };

  try {
    const value = copy(root);
    return { value, errors };
  } catch (e) {
    if (!(e instanceof TooBig)) throw e;
    return { value: undefined, errors: [{ path: '', code: 'too-big', params: { max: limits.maxSize } }] };
  }
}

/**
 * The checks `copyData` makes that can fail for what `JSON.parse` just
 * returned (nesting depth, `__proto__`-like keys), without copying it: such
 * a value has no getters, cycles or exotic objects, no one else holds it,
 * and its size is its text's. A third of the work of a copy.
 */
export function checkParsed(root: unknown, limits: Omit<CopyLimits, 'maxSize'>): StoryError[] {
  const errors: StoryError[] = [];
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || errors.length > limits.maxErrors) return;
    if (path.length >= limits.maxDepth) {
      errors.push({ path: pointer(path), code: 'too-deep', params: { max: limits.maxDepth } });
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      if (FORBIDDEN_KEYS.has(key)) errors.push({ path: pointer(path), code: 'forbidden-key', params: { key } });
      else visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(root);
  return errors;
}

/** What a getter or trap threw, as a short line: never the thrown value's own `toString`. */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 200);
  } catch {
    // a Proxy posing as an Error
  }
  return typeof e === 'string' ? e.slice(0, 200) : typeof e;
}
