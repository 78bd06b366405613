/**
 * The JSON Schema (draft-07) face of the schema kit: written from each
 * schema's `def`, for `data/story.schema.json` (`npm run schema`), editors,
 * other validators and the sheet import's column layout. Only those tools
 * import this module, so what the JSON Schema says beyond the checks (the
 * descriptions below) never reaches a reader's download.
 */
import type { Schema } from './schema-kit.js';
import { URL_PATTERN } from './url.js';

export type JsonSchema = Record<string, unknown>;

/**
 * What the JSON Schema says of a string rule (`schema-kit.ts`'s `Rule`) it
 * cannot express as a check of its own, by the rule's code: a description,
 * or the nearest pattern.
 */
const RULES: Readonly<Record<string, JsonSchema>> = {
  date: { description: 'A date that exists in the calendar (not 2021-02-30).' },
  // the schema cannot call the URL parser: the characters a URL may not hold, as a pattern
  'url-chars': { pattern: URL_PATTERN },
  url: { description: 'An absolute http: or https: URL with a host, as the WHATWG URL parser reads it.' },
};

type Defs = ReadonlyMap<Schema<unknown>, string>;

function ref(schema: Schema<unknown>, defs: Defs): JsonSchema {
  const name = defs.get(schema);
  return name ? { $ref: `#/definitions/${name}` } : jsonSchemaOf(schema, defs);
}

/** The JSON Schema of one schema; the schemas named in `defs` appear as `$ref`s to their definitions. */
export function jsonSchemaOf(schema: Schema<unknown>, defs: Defs = new Map()): JsonSchema {
  const d = schema.def;
  switch (d.kind) {
    case 'string': {
      const o = d.options;
      return Object.assign(
        { type: 'string', minLength: o.min, maxLength: o.max, pattern: o.pattern?.[0].source },
        ...(o.rules ?? []).map(([, code]) => RULES[code] ?? {}),
      ) as JsonSchema;
    }
    case 'number': {
      const o = d.options;
      return { type: 'number', minimum: o.min?.[0], exclusiveMinimum: o.above?.[0], maximum: o.max?.[0] };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { enum: [...d.values] };
    case 'array':
      return { type: 'array', items: ref(d.item, defs), minItems: d.options.min?.[0], maxItems: d.options.max };
    case 'optional':
      return ref(d.inner, defs);
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(d.fields).map(([k, s]) => [k, ref(s, defs)])),
        required: Object.keys(d.fields).filter((k) => !d.fields[k]!.optional),
        additionalProperties: false,
      };
    case 'record':
      return {
        type: 'object',
        propertyNames: ref(d.key, defs),
        additionalProperties: ref(d.item, defs),
        minProperties: 1,
        maxProperties: d.max,
      };
    case 'union':
      return { anyOf: d.options.map((o) => ref(o, defs)) };
    case 'link':
      return ref(d.of, defs);
  }
}

/** The JSON Schema of `root`, with the named sub-schemas as `definitions`. */
export function toJsonSchema(root: Schema<unknown>, named: Record<string, Schema<unknown>>): JsonSchema {
  const defs = new Map<Schema<unknown>, string>(Object.entries(named).map(([k, s]) => [s, k]));
  const definitions = Object.fromEntries(Object.entries(named).map(([k, s]) => [k, jsonSchemaOf(s, defs)]));
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...jsonSchemaOf(root, defs), definitions };
  return JSON.parse(JSON.stringify(schema)) as JsonSchema; // drops the options left undefined
}
