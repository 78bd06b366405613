/**
 * The validator's fast path for the common case, a valid story: a yes/no
 * predicate compiled from each schema's `def` (the same definition the
 * reporting validator and the JSON Schema come from), that keeps no JSON
 * path, makes no issue and allocates almost nothing. `parseStory` asks it
 * first; when it says no, the reporting validator (`validate`) runs from the
 * start and says what is wrong, so every message and path stays as it was.
 *
 * It must say yes exactly when `validate` finds no issue (a test compares
 * the two on the fuzz corpus and on every kind of broken story). Measured
 * on 10,000 events: the reporting validator took about 90 ms of the first
 * render (a JSON path copied for every id, a trial context for every
 * text), this one about a tenth of that.
 */
import type { Schema, SchemaDef } from './schema-kit.js';

/** The ids a story declares and names, met in document order: kinds, ids, and whether each declares. */
export interface FastLinks {
  kinds: string[];
  ids: string[];
  declares: boolean[];
}

type Test = (value: unknown, links: FastLinks) => boolean;

const compiled = new WeakMap<Schema<unknown>, Test>();

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Whether `check` would return true (the value has the schema's type), as `union` picks its option. */
function typeTest(def: SchemaDef): (value: unknown) => boolean {
  switch (def.kind) {
    case 'string':
    case 'number':
    case 'boolean': {
      const type = def.kind;
      return (v) => typeof v === type;
    }
    case 'enum':
      return () => true;
    case 'array':
      return Array.isArray;
    case 'object':
    case 'record':
      return isObject;
    case 'optional':
      return typeTest(def.inner.def);
    case 'link':
      return typeTest(def.of.def);
    case 'union': {
      const options = def.options.map((o) => typeTest(o.def));
      return (v) => options.some((test) => test(v));
    }
  }
}

/** The predicate of `schema`: true when `validate(schema, value)` would find no issue. */
export function fastTest(schema: Schema<unknown>): Test {
  let test = compiled.get(schema);
  if (!test) compiled.set(schema, (test = compile(schema.def)));
  return test;
}

// Each predicate does what its `check` in schema-kit.ts does, minus the reporting. They run
// cold (once per page load, mostly in the interpreter), so calls are few: one loop over an
// object's own keys, a union dispatched on the value's type, no closure made per value.
function compile(def: SchemaDef): Test {
  switch (def.kind) {
    case 'string': {
      const { min = 0, max = Infinity, pattern, rules = [] } = def.options;
      const re = pattern?.[0];
      const tests = rules.map(([test]) => test);
      return (v) => {
        if (typeof v !== 'string' || v.length < min || v.length > max || (re && !re.test(v))) return false;
        for (let i = 0; i < tests.length; i++) if (!tests[i]!(v)) return false;
        return true;
      };
    }
    case 'number': {
      const { above, min, max } = def.options;
      const gt = above ? above[0] : -Infinity;
      const lo = min ? min[0] : -Infinity;
      const hi = max ? max[0] : Infinity;
      return (v) => typeof v === 'number' && Number.isFinite(v) && v > gt && v >= lo && v <= hi;
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = def.values as readonly unknown[];
      return (v) => values.includes(v);
    }
    case 'optional':
      return fastTest(def.inner);
    case 'array': {
      const item = fastTest(def.item);
      const min = def.options.min?.[0] ?? 0;
      const max = def.options.max ?? Infinity;
      return (v, links) => {
        if (!Array.isArray(v) || v.length < min || v.length > max) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i], links)) return false;
        return true;
      };
    }
    case 'object': {
      // by key, without a prototype: a key such as `toString` finds no field
      const fields = new Map(Object.entries(def.fields).map(([key, s]) => [key, fastTest(s)]));
      const required = Object.values(def.fields).filter((s) => !s.optional).length;
      const optional = new Set(Object.keys(def.fields).filter((key) => def.fields[key]!.optional));
      return (v, links) => {
        if (!isObject(v)) return false;
        // own keys only, as `check` reads them; every one a field (strict), every required field there
        const keys = Object.keys(v);
        let found = 0;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const test = fields.get(key);
          if (!test) return false;
          const field = v[key];
          if (field === undefined) {
            if (!optional.has(key)) return false;
          } else if (!test(field, links)) return false;
          else if (!optional.has(key)) found++;
        }
        return found === required;
      };
    }
    case 'record': {
      const key = fastTest(def.key);
      const item = fastTest(def.item);
      const max = def.max ?? Infinity;
      return (v, links) => {
        if (!isObject(v)) return false;
        const keys = Object.keys(v);
        if (!keys.length || keys.length > max) return false;
        for (let i = 0; i < keys.length; i++) if (!key(keys[i], links) || !item(v[keys[i]!], links)) return false;
        return true;
      };
    }
    case 'union': {
      // the first option whose type matches decides, as in `union`
      const types = def.options.map((o) => typeTest(o.def));
      const tests = def.options.map((o) => fastTest(o));
      return (v, links) => {
        for (let i = 0; i < types.length; i++) if (types[i]!(v)) return tests[i]!(v, links);
        return false;
      };
    }
    case 'link': {
      const of = fastTest(def.of);
      const { names, declares } = def;
      return (v, links) => {
        if (!of(v, links)) return false;
        links.kinds.push(names);
        links.ids.push(v as string);
        links.declares.push(declares);
        return true;
      };
    }
  }
}

/** True when `linkIssues` would find nothing: every id declared once in its kind, every reference declared. */
export function linksResolve({ kinds, ids, declares }: FastLinks): boolean {
  const declared = new Map<string, Set<string>>();
  for (let i = 0; i < ids.length; i++) {
    if (!declares[i]) continue;
    let set = declared.get(kinds[i]!);
    if (!set) declared.set(kinds[i]!, (set = new Set()));
    if (set.has(ids[i]!)) return false;
    set.add(ids[i]!);
  }
  for (let i = 0; i < ids.length; i++) if (!declares[i] && !declared.get(kinds[i]!)?.has(ids[i]!)) return false;
  return true;
}

/** Whether `value` passes `schema` with its links resolved: `validate` and `linkIssues` would both find nothing. */
export function isValid(schema: Schema<unknown>, value: unknown): boolean {
  const links: FastLinks = { kinds: [], ids: [], declares: [] };
  return fastTest(schema)(value, links) && linksResolve(links);
}
