/**
 * A small schema kit: the handful of JSON shapes the story format needs
 * (strict objects, arrays, string/number checks, unions, maps), each with
 * three faces derived from one definition:
 * - a TypeScript type (`Infer<typeof schema>`),
 * - a validator that reports every problem as a JSON path and a message code,
 * - a JSON Schema (draft-07) for editors and other validators, written from
 *   each schema's `def` by `json-schema.ts`, which only the tools import:
 *   the elements carry the validator, not the JSON Schema writer.
 *
 * Why not Valibot or Ajv: the story validator ships in every element, and
 * the kit's whole bundle has a 35 kB gzip budget. Valibot cost 3.8 kB gzip
 * for this schema, this kit about a third of that; Ajv compiles validators
 * with `new Function`, which a strict Content-Security-Policy forbids.
 */

import { clip } from './errors.js';
import { INVISIBLE_CHARS } from './url.js';

export interface Issue {
  path: (string | number)[];
  /** A message code: `type`, `required`, `unknown-key`, or the code a check names. */
  code: string;
  params: Record<string, string | number>;
}

/** An id a story declares (`idOf`) or names (`refTo`), where it does: checked once the shape is right. */
export interface Link {
  path: (string | number)[];
  /** What the id names: `actor`, `source`, `event`… */
  kind: string;
  id: string;
  declares: boolean;
}

/**
 * The ids and references a story has, without where they are: enough to
 * know whether any id is declared twice or any reference names none. Paths
 * are made only when this says something is wrong (`parseStory` validates
 * again, collecting `Link`s): a copy of the path for each of 10,000 events'
 * ids and references was a quarter of the validation's time.
 */
export class LinkTally {
  readonly #declared = new Map<string, Set<string>>();
  /** The ids references name, by kind, each once: 30,000 references name a few hundred ids. */
  readonly #named = new Map<string, Set<string>>();
  #twice = false;

  add(kind: string, id: string, declares: boolean): void {
    const byKind = declares ? this.#declared : this.#named;
    let ids = byKind.get(kind);
    if (!ids) byKind.set(kind, (ids = new Set()));
    const size = ids.size;
    // a set that did not grow already had the id: for a declaration, that is an id declared twice
    if (ids.add(id).size === size && declares) this.#twice = true;
  }

  /** True when every id is declared once and every reference names one. */
  get ok(): boolean {
    if (this.#twice) return false;
    for (const [kind, ids] of this.#named) {
      const declared = this.#declared.get(kind);
      for (const id of ids) if (!declared?.has(id)) return false;
    }
    return true;
  }
}

interface Ctx {
  issues: Issue[];
  path: (string | number)[];
  /** Ids and references met so far, in document order with their paths, or only tallied, when the caller collects them. */
  links?: Link[] | LinkTally;
}

/** A schema for values of type `T`. */
export interface Schema<T> {
  /** Phantom: carries the type for `Infer`. */
  readonly _type?: T;
  /** Checks `value` at `ctx.path`, pushing issues; returns whether it was of the right type. */
  check(value: unknown, ctx: Ctx): boolean;
  /** What the schema is, as data: for the JSON Schema writer and tools that walk a story with its schema. */
  readonly def: SchemaDef;
  optional?: true;
}

/** A schema's definition, as its factory was given it. */
export type SchemaDef =
  | { kind: 'string'; options: StringOptions }
  | { kind: 'number'; options: NumberOptions }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly (string | number)[] }
  | { kind: 'array'; item: Schema<unknown>; options: ArrayOptions }
  | { kind: 'optional'; inner: Schema<unknown> }
  | { kind: 'object'; fields: Readonly<Record<string, Schema<unknown>>> }
  | { kind: 'record'; key: Schema<string>; item: Schema<unknown>; max?: number }
  | { kind: 'union'; options: readonly Schema<unknown>[] }
  | { kind: 'link'; of: Schema<string>; declares: boolean; names: string };

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** JSON type names for `type` errors: `string`, `number`, `array`, `null`… */
function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Characters JSON.stringify leaves as they are but a reader cannot see, or that reorder the text around them. */
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const escapeChar = (c: string) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * How a found value is shown in a message: `"x"` for strings (cut with "…"
 * past 80 characters, invisible and bidi controls written as `\u202E`), a
 * number or `true` as written, the type's name for
 * anything else. Never calls the value's own `toString`, which a hostile
 * object can make throw.
 */
const visible = (text: string) => text.replace(INVISIBLE, escapeChar);

function shown(value: unknown): string {
  if (typeof value === 'string') return visible(JSON.stringify(clip(value)));
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeOf(value);
}

/** Own properties only: `toString` or `constructor` in a story are never read from a prototype. */
const own: (value: object, key: string) => boolean = Object.hasOwn;

function issue(ctx: Ctx, code: string, params: Issue['params'] = {}): void {
  ctx.issues.push({ path: [...ctx.path], code, params });
}

function typeIssue(ctx: Ctx, expected: string, value: unknown): false {
  issue(ctx, 'type', { expected, received: typeOf(value) });
  return false;
}

/**
 * A check on a value that has the right type: `[test, code]`, the code
 * naming the message (and, in `json-schema.ts`, what the JSON Schema says of it).
 */
export type Rule<T> = readonly [(value: T) => boolean, string];

export interface StringOptions {
  min?: number;
  max?: number;
  pattern?: readonly [RegExp, string];
  rules?: Rule<string>[];
}

export function string(o: StringOptions = {}): Schema<string> {
  // the options read once, here: a story's every text and id passes through this check, and
  // options objects of a dozen shapes made `o.max` a slow (megamorphic) lookup at each of them
  const { min, max, pattern, rules } = o;
  return {
    check(value, ctx) {
      if (typeof value !== 'string') return typeIssue(ctx, 'string', value);
      if (min !== undefined && value.length < min) issue(ctx, 'empty', { received: shown(value) });
      else if (max !== undefined && value.length > max) issue(ctx, 'too-long', { max });
      else if (pattern && !pattern[0].test(value)) issue(ctx, pattern[1], { received: shown(value) });
      else if (rules) {
        const broken = firstBroken(rules, value);
        if (broken) issue(ctx, broken[1], { received: shown(value) });
      }
      return true;
    },
    def: { kind: 'string', options: o },
  };
}

/** The first rule `value` breaks: an indexed loop, no closure made per value as `find` would. */
function firstBroken<T>(rules: readonly Rule<T>[], value: T): Rule<T> | undefined {
  for (let i = 0; i < rules.length; i++) if (!rules[i]![0](value)) return rules[i];
  return undefined;
}

/** Bounds, each with the code that names its message; the first one broken is reported. */
export interface NumberOptions {
  above?: readonly [number, string];
  min?: readonly [number, string];
  max?: readonly [number, string];
}

/** A finite number: `Infinity` (`1e999` in JSON) and `NaN` are named as such (`not-finite`). */
export function number(o: NumberOptions = {}): Schema<number> {
  const { above, min, max } = o; // read once, as in `string`
  return {
    check(value, ctx) {
      if (typeof value !== 'number') return typeIssue(ctx, 'number', value);
      const broken = !Number.isFinite(value)
        ? 'not-finite'
        : above && value <= above[0]
          ? above[1]
          : min && value < min[0]
            ? min[1]
            : max && value > max[0]
              ? max[1]
              : undefined;
      if (broken) {
        // the message's numbers made only for a number out of bounds
        const params: Issue['params'] = { received: String(value) };
        if (min) params['min'] = min[0];
        if (max) params['max'] = max[0];
        issue(ctx, broken, params);
      }
      return true;
    },
    def: { kind: 'number', options: o },
  };
}

export function boolean(): Schema<boolean> {
  return {
    check: (value, ctx) => typeof value === 'boolean' || typeIssue(ctx, 'boolean', value),
    def: { kind: 'boolean' },
  };
}

/** One of a fixed list of strings or numbers. */
export function oneOf<const T extends readonly (string | number)[]>(values: T): Schema<T[number]> {
  return {
    check(value, ctx) {
      if (!values.includes(value as T[number])) {
        issue(ctx, 'enum', { options: values.map((v) => JSON.stringify(v)).join(' | '), received: shown(value) });
      }
      return true;
    },
    def: { kind: 'enum', values },
  };
}

export interface ArrayOptions {
  min?: readonly [number, string];
  max?: number;
}

export function array<T>(item: Schema<T>, o: ArrayOptions = {}): Schema<T[]> {
  return {
    check(value, ctx) {
      if (!Array.isArray(value)) return typeIssue(ctx, 'array', value);
      if (o.min && value.length < o.min[0]) issue(ctx, o.min[1], { received: value.length });
      if (o.max !== undefined && value.length > o.max) {
        issue(ctx, 'too-many', { max: o.max });
        return true;
      }
      for (let i = 0; i < value.length; i++) {
        ctx.path.push(i);
        item.check(value[i], ctx);
        ctx.path.pop();
      }
      return true;
    },
    def: { kind: 'array', item, options: o },
  };
}

/** Marks an object property as optional. */
export function optional<T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } {
  // the inner check itself, not a call around it: a check never reads `this`
  return { check: schema.check, def: { kind: 'optional', inner: schema }, optional: true };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferObject<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A strict object: unknown keys are errors, so a typo never passes silently. */
export function object<S extends Shape>(shape: S): Schema<InferObject<S>> {
  // a story's 10,000 events are checked once per page, mostly before the engine optimizes the
  // check: indexed loops over plain arrays (`for…of` makes an iterator per field), and each
  // field's check and whether it is required read once, here (schemas of many shapes made
  // `schema.optional` a slow lookup at every field)
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key]!.check);
  const required = keys.map((key) => !shape[key]!.optional);
  const known = new Set(keys);
  return {
    check(value, ctx) {
      if (!isObject(value)) return typeIssue(ctx, 'object', value);
      const path = ctx.path;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        const field = own(value, key) ? value[key] : undefined;
        // most of an event's fields are optional and absent: the path grows only for one that is there
        if (field === undefined && !required[i]) continue;
        path.push(key);
        if (field === undefined) issue(ctx, 'required', { key });
        else checks[i]!(field, ctx);
        path.pop();
      }
      // for…in rather than Object.keys: no array made per object (own keys come first, in the same order)
      for (const key in value) {
        if (!known.has(key) && own(value, key))
          issue({ ...ctx, path: [...path, key] }, 'unknown-key', { key: visible(clip(key)) });
      }
      return true;
    },
    def: { kind: 'object', fields: shape },
  };
}

/** How many accepted keys a record remembers: far more languages than a story may have. */
const MAX_ACCEPTED_KEYS = 256;

/** An object used as a map: every key passes `key`, every value `item`; never empty, at most `max` keys. */
export function record<T>(key: Schema<string>, item: Schema<T>, max?: number): Schema<Record<string, T>> {
  // `key` is a plain string schema (never an id or a reference), so its verdict depends on the key
  // alone: keys it accepted are not checked again. A story's texts name the same few languages
  // 60,000 times in 10,000 events.
  const accepted = new Set<string>();
  return {
    check(value, ctx) {
      if (!isObject(value)) return typeIssue(ctx, 'object', value);
      const keys = Object.keys(value);
      if (!keys.length) issue(ctx, 'empty');
      if (max !== undefined && keys.length > max) {
        issue(ctx, 'too-many', { max });
        return true;
      }
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        ctx.path.push(k);
        if (!accepted.has(k)) {
          const issues = ctx.issues.length;
          key.check(k, ctx);
          if (ctx.issues.length === issues && accepted.size < MAX_ACCEPTED_KEYS) accepted.add(k);
        }
        item.check(value[k], ctx);
        ctx.path.pop();
      }
      return true;
    },
    def: { kind: 'record', key, item, max },
  };
}

/**
 * A string or an object (a text, or a map of its languages; a translation,
 * or one with its source): the option of the value's type decides and
 * reports its own issues; a value of neither type is one `type` issue that
 * names the union as `expected`. Chosen by type rather than by trying each
 * option: a failed try made (and dropped) a `type` issue with its path for
 * every text of a story written as a map of languages.
 */
export function union<A extends string, B extends object>(
  options: readonly [Schema<A>, Schema<B>],
  expected: string,
): Schema<A | B> {
  return {
    check: (value, ctx) =>
      typeof value === 'string'
        ? options[0].check(value, ctx)
        : isObject(value)
          ? options[1].check(value, ctx)
          : typeIssue(ctx, expected, value),
    def: { kind: 'union', options },
  };
}

function link(names: string, of: Schema<string>, declares: boolean): Schema<string> {
  return {
    check(value, ctx) {
      const issues = ctx.issues.length;
      if (!of.check(value, ctx)) return false;
      const links = ctx.links;
      if (ctx.issues.length !== issues || !links) return true;
      if (links instanceof LinkTally) links.add(names, value as string, declares);
      else links.push({ path: [...ctx.path], kind: names, id: value as string, declares });
      return true;
    },
    def: { kind: 'link', of, declares, names },
  };
}

/** The id of an item of kind `names` (`actor`): unique among those of the story (`duplicate-id`). */
export function idOf(names: string, of: Schema<string>): Schema<string> {
  return link(names, of, true);
}

/** A reference to an item of kind `names` by its id: one must exist in the story (`unknown-ref`). */
export function refTo(names: string, of: Schema<string>): Schema<string> {
  return link(names, of, false);
}

/**
 * Checks `value` against `schema`; an empty list means valid. Given
 * `links`, also collects the ids and references met (`idOf`, `refTo`): as
 * `Link`s with their paths for `linkIssues` once the shape is right, or
 * into a `LinkTally` that only says whether `linkIssues` would find any.
 */
export function validate(schema: Schema<unknown>, value: unknown, links?: Link[] | LinkTally): Issue[] {
  const ctx: Ctx = { issues: [], path: [], links };
  schema.check(value, ctx);
  return ctx.issues;
}

/** Ids declared twice (`duplicate-id`) and references to none (`unknown-ref`), in document order. */
export function linkIssues(links: readonly Link[]): Issue[] {
  const declared = new Map<string, Set<string>>();
  const twice = new Set<Link>();
  for (const l of links) {
    if (!l.declares) continue;
    const ids = declared.get(l.kind) ?? new Set<string>();
    if (ids.has(l.id)) twice.add(l);
    declared.set(l.kind, ids.add(l.id));
  }
  return links.flatMap((l): Issue[] => {
    if (twice.has(l)) return [{ path: l.path, code: 'duplicate-id', params: { id: l.id } }];
    if (l.declares || declared.get(l.kind)?.has(l.id)) return [];
    return [{ path: l.path, code: 'unknown-ref', params: { kind: l.kind, id: l.id } }];
  });
}
