/**
 * How a story's values become spreadsheet cells and back, derived from the
 * story's JSON Schema (itself derived from `src/story/schema.ts`), so a field
 * added to the format gets its column without a change here:
 * - a text (a string, or language → string) becomes `title.ar`, `title.en`, …
 *   (and `title` for a bare string);
 * - a nested object becomes dotted columns (`amount.value`, `amount.currency`);
 * - a map keyed by language becomes `translations.fr`, and a string-or-object
 *   with a `text` becomes its text plus `translations.fr.source`;
 * - a list of ids or language tags is one cell, `a, b`;
 * - anything else (a nested list of objects) is JSON in one cell.
 */
import { DATE_PATTERN } from '../story/schema.js';

type JsonSchema = Record<string, unknown>;

export type Codec =
  | { kind: 'string' | 'number' | 'boolean' | 'date' | 'list' | 'json' }
  | { kind: 'enum'; numeric: boolean }
  | { kind: 'text' }
  | { kind: 'object'; fields: [string, Codec][] }
  | { kind: 'map'; item: Codec }
  | { kind: 'attributed'; attrs: [string, Codec][] };

const isString = (s: unknown): boolean => (s as JsonSchema | undefined)?.['type'] === 'string';
const isRecord = (s: JsonSchema) => s['type'] === 'object' && 'propertyNames' in s;

/** Whether a string schema's pattern keeps out commas and spaces, so a list of them fits one cell. */
function tokenLike(items: JsonSchema): boolean {
  if (!isString(items) || typeof items['pattern'] !== 'string') return false;
  const re = new RegExp(items['pattern']);
  return !re.test('a,b') && !re.test('a b') && !re.test('a, b');
}

export function codecOf(schema: JsonSchema): Codec {
  const anyOf = schema['anyOf'] as JsonSchema[] | undefined;
  if (anyOf?.length === 2 && isString(anyOf[0])) {
    const other = anyOf[1]!;
    if (isRecord(other) && isString(other['additionalProperties'])) return { kind: 'text' };
    const props = other['properties'] as Record<string, JsonSchema> | undefined;
    if (other['type'] === 'object' && props && isString(props['text'])) {
      return {
        kind: 'attributed',
        attrs: Object.entries(props)
          .filter(([k]) => k !== 'text')
          .map(([k, s]) => [k, codecOf(s)]),
      };
    }
  }
  if (Array.isArray(schema['enum']))
    return { kind: 'enum', numeric: schema['enum'].every((v) => typeof v === 'number') };
  switch (schema['type']) {
    case 'string':
      return { kind: schema['pattern'] === DATE_PATTERN.source ? 'date' : 'string' };
    case 'number':
    case 'integer':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return { kind: tokenLike(schema['items'] as JsonSchema) ? 'list' : 'json' };
    case 'object': {
      if (isRecord(schema)) {
        const item = codecOf(schema['additionalProperties'] as JsonSchema);
        return item.kind === 'string' || item.kind === 'attributed' ? { kind: 'map', item } : { kind: 'json' };
      }
      const props = schema['properties'] as Record<string, JsonSchema>;
      return { kind: 'object', fields: Object.entries(props).map(([k, s]) => [k, codecOf(s)]) };
    }
  }
  return { kind: 'json' };
}

/** A cell's place: the value's path below the row (`['title', 'en']`). */
export type Column = string[];
export const columnName = (c: Column) => c.join('.');

/** A row's cells by column name, from one value. */
export function flatten(codec: Codec, value: unknown, prefix: Column, out: Map<string, string>): void {
  if (value === undefined) return;
  const set = (c: Column, v: string): void => void out.set(columnName(c), v);
  switch (codec.kind) {
    case 'text':
    case 'map':
      if (typeof value === 'string') return set(prefix, value);
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        flatten(codec.kind === 'map' ? codec.item : { kind: 'string' }, v, [...prefix, k], out);
      }
      return;
    case 'object':
      for (const [k, c] of codec.fields) flatten(c, (value as Record<string, unknown>)[k], [...prefix, k], out);
      return;
    case 'attributed':
      if (typeof value === 'string') return set(prefix, value);
      set(prefix, String((value as Record<string, unknown>)['text']));
      for (const [k, c] of codec.attrs) flatten(c, (value as Record<string, unknown>)[k], [...prefix, k], out);
      return;
    case 'list':
      return set(prefix, (value as unknown[]).join(', '));
    case 'json':
      return set(prefix, JSON.stringify(value));
    default: {
      // string, date, number, boolean, enum: a scalar (the story was validated against the schema)
      const scalar = value as string | number | boolean;
      return set(prefix, String(scalar));
    }
  }
}

/**
 * Every column of `codec` in the format's order: a text or language map gets
 * one per language in `keysAt(prefix)` (the story's languages and any other
 * found), and its bare column only when `used` has it.
 */
export function columnsOf(
  codec: Codec,
  prefix: Column,
  keysAt: (prefix: Column) => string[],
  used: Set<string>,
): Column[] {
  switch (codec.kind) {
    case 'text':
      return [...(used.has(columnName(prefix)) ? [prefix] : []), ...keysAt(prefix).map((k) => [...prefix, k])];
    case 'map':
      return keysAt(prefix).flatMap((k) => columnsOf(codec.item, [...prefix, k], keysAt, used));
    case 'object':
      return codec.fields.flatMap(([k, c]) => columnsOf(c, [...prefix, k], keysAt, used));
    case 'attributed':
      return [prefix, ...codec.attrs.flatMap(([k, c]) => columnsOf(c, [...prefix, k], keysAt, used))];
    default:
      return [prefix];
  }
}

/** Whether `column` names a cell of `codec` (`title.en` of a text, `amount.value` of a Money). */
export function accepts(codec: Codec, column: Column): boolean {
  const [head, ...rest] = column;
  switch (codec.kind) {
    case 'text':
      return column.length === 0 || (column.length === 1 && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(head!));
    case 'map':
      return head !== undefined && accepts(codec.item, rest);
    case 'object': {
      const field = codec.fields.find(([k]) => k === head);
      return field !== undefined && accepts(field[1], rest);
    }
    case 'attributed': {
      if (!column.length) return true;
      const attr = codec.attrs.find(([k]) => k === head);
      return attr !== undefined && accepts(attr[1], rest);
    }
    default:
      return column.length === 0;
  }
}
