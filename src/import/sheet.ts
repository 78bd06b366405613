/**
 * The kit's own spreadsheet: one CSV per list of the story (`events.csv`,
 * `fines.csv`, `actors.csv`, `relations.csv`, `quotes.csv`, `sources.csv`,
 * and `eras.csv`, `conversions.csv` when the story has them) plus
 * `story.csv` (one row: id, languages, title, summary…), with a column per
 * language for every text (`title.ar`, `title.en`, …). The files and their
 * columns are derived from the story's schema, so story → sheet → story is
 * lossless for every field the format has, including fields added later.
 */
import { Story as StorySchema } from '../story/schema.js';
import { jsonSchemaOf } from '../story/json-schema.js';
import type { Story } from '../story/types.js';
import { Issues, type ImportResult, type Location } from './issues.js';
import { readCsv, writeCsv, type CsvRow } from './csv.js';
import { accepts, codecOf, columnName, columnsOf, flatten, type Codec } from './sheet-codec.js';
import { decode, treeOf, type Reporter } from './sheet-decode.js';
import { finish, segments } from './finish.js';

export const STORY_FILE = 'story.csv';

interface Layout {
  /** Every key of a story in the format's order: a table (its own file) or a field of story.csv. */
  keys: { key: string; table: boolean; required: boolean }[];
  /** The codec of one item of each table. */
  tables: Map<string, Codec>;
  /** The codec of story.csv's one row. */
  head: Codec & { kind: 'object' };
}

let cached: Layout | undefined;
function layout(): Layout {
  if (cached) return cached;
  const json = jsonSchemaOf(StorySchema) as {
    properties: Record<string, Record<string, unknown>>;
    required: string[];
  };
  const keys: Layout['keys'] = [];
  const tables = new Map<string, Codec>();
  const headFields: [string, Codec][] = [];
  for (const [key, schema] of Object.entries(json.properties)) {
    // written by `fine-kit split` when a story is published, never by an editor
    if (key === 'splitFrom') continue;
    const items = schema['items'] as Record<string, unknown> | undefined;
    const table = schema['type'] === 'array' && items?.['type'] === 'object' && 'properties' in items;
    keys.push({ key, table, required: json.required.includes(key) });
    if (table) tables.set(key, codecOf(items));
    else headFields.push([key, codecOf(schema)]);
  }
  return (cached = { keys, tables, head: { kind: 'object', fields: headFields } });
}

/** The names of the files a sheet folder can hold, story.csv first. */
export function sheetFiles(): string[] {
  return [STORY_FILE, ...[...layout().tables.keys()].map((k) => `${k}.csv`)];
}

/**
 * Whether a CSV is one of the kit's sheet files: its name is one, and every
 * column is one the format knows (a newsroom's own `fines.csv` is not).
 */
export function isSheetTable(name: string, header: readonly string[]): boolean {
  const { tables, head } = layout();
  const file = name.replace(/^.*[\\/]/, '').toLowerCase();
  const codec = file === STORY_FILE ? head : tables.get(file.replace(/\.csv$/, ''));
  const named = header.map((h) => h.trim()).filter(Boolean);
  return (
    codec !== undefined &&
    named.includes(file === STORY_FILE ? 'lang' : 'id') &&
    named.every((h) => accepts(codec, h.split('.')))
  );
}

function tableCsv(codec: Codec, items: readonly unknown[], languages: readonly string[]): string {
  const rows = items.map((item) => {
    const cells = new Map<string, string>();
    flatten(codec, item, [], cells);
    return cells;
  });
  const used = new Set(rows.flatMap((cells) => [...cells.keys()]));
  const keysAt = (prefix: string[]) => {
    const start = columnName(prefix) + '.';
    const found = [...used].filter((n) => n.startsWith(start)).map((n) => n.slice(start.length).split('.')[0]!);
    return [...languages, ...[...new Set(found)].filter((k) => !languages.includes(k)).sort()];
  };
  const columns = columnsOf(codec, [], keysAt, used).map(columnName);
  for (const name of used) if (!columns.includes(name)) columns.push(name);
  return writeCsv(
    columns,
    rows.map((cells) => columns.map((c) => cells.get(c) ?? '')),
  );
}

/** The story as CSV files (name → text); a list the story does not have and need not have gets no file. */
export function toSheet(story: Story): Record<string, string> {
  const { keys, tables, head } = layout();
  const record = story as unknown as Record<string, unknown>;
  const files: Record<string, string> = { [STORY_FILE]: tableCsv(head, [story], story.languages) };
  for (const { key, table, required } of keys) {
    if (!table || (!required && record[key] === undefined)) continue;
    files[`${key}.csv`] = tableCsv(tables.get(key)!, (record[key] as unknown[]) ?? [], story.languages);
  }
  return files;
}

/** Empty files with every column, for a story written in `languages`. */
export function sheetTemplate(languages: readonly string[]): Record<string, string> {
  const { keys, tables, head } = layout();
  const files: Record<string, string> = { [STORY_FILE]: tableCsv(head, [], languages) };
  for (const { key, table } of keys) if (table) files[`${key}.csv`] = tableCsv(tables.get(key)!, [], languages);
  return files;
}

interface ReadTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export interface SheetOptions {
  /** The folder the files came from, to name them in the report (`my-story/events.csv`). */
  dir?: string;
}

/** A story from CSV files (name → text): what `npx fine-kit import sheet DIR` reads. */
export function fromSheet(files: Record<string, string>, options: SheetOptions = {}): ImportResult {
  const issues = new Issues();
  const { keys, tables, head } = layout();
  const named = new Map(
    Object.entries(files).map(([name, text]) => [name.replace(/^.*[\\/]/, '').toLowerCase(), text]),
  );
  const path = (name: string) => (options.dir ? `${options.dir.replace(/[\\/]+$/, '')}/${name}` : name);
  for (const name of named.keys()) {
    if (name.endsWith('.csv') && !sheetFiles().includes(name)) issues.warn('unknown-file', { file: path(name) });
  }

  const read = new Map<string, ReadTable>();
  const load = (key: string, codec: Codec, name: string): unknown[] | undefined => {
    const text = named.get(name);
    if (text === undefined) return undefined;
    const file = path(name);
    const table = readCsv(text, file, issues);
    if (!table) return [];
    read.set(key, { file, header: table.header, rows: table.rows });
    const columns = usableColumns(codec, table.header, file, issues);
    return table.rows.map((row) => {
      const reporter: Reporter = {
        error: (code, index, params) => issues.error(code, cellAt(file, row.row, table.header, index), params),
        warn: (code, index, params) => issues.warn(code, cellAt(file, row.row, table.header, index), params),
      };
      return decode(codec, treeOf(columns, row.cells), reporter) ?? {};
    });
  };

  const headRows = load('', head, STORY_FILE);
  if (!headRows) {
    issues.error('no-story-file', { file: path(STORY_FILE) }, { file: STORY_FILE });
    return { valid: false, issues: issues.list };
  }
  if (headRows.length !== 1) issues.error('story-rows', { file: path(STORY_FILE) }, { count: headRows.length });
  const headValue = (headRows[0] ?? {}) as Record<string, unknown>;

  const story: Record<string, unknown> = {};
  for (const { key, table, required } of keys) {
    if (!table) {
      if (headValue[key] !== undefined) story[key] = headValue[key];
      continue;
    }
    const items = load(key, tables.get(key)!, `${key}.csv`);
    if (items) story[key] = items;
    else if (required) {
      story[key] = [];
      issues.warn('missing-file', { file: path(`${key}.csv`) }, { file: `${key}.csv` });
    }
  }
  return finish(story as Story, issues, (pointer) => locate(read, pointer, path(STORY_FILE)));
}

/** The columns the codec knows; the others are reported and left out. */
function usableColumns(codec: Codec, header: string[], file: string, issues: Issues) {
  const seen = new Set<string>();
  const columns: { path: string[]; index: number }[] = [];
  header.forEach((name, index) => {
    if (!name) return;
    const where = { file, row: 1, column: name, columnIndex: index };
    if (seen.has(name)) return issues.warn('duplicate-column', where, { column: name });
    seen.add(name);
    if (accepts(codec, name.split('.'))) columns.push({ path: name.split('.'), index });
    else issues.warn('unknown-column', where, { column: name });
  });
  return columns;
}

function cellAt(file: string, row: number, header: string[], index: number): Location {
  return { file, row, column: header[index], columnIndex: index };
}

/** The cell a validator error points at: the item's row, and the column its path runs through. */
function locate(read: Map<string, ReadTable>, pointer: string, storyFile: string): Location {
  const segs = segments(pointer);
  const [list, index, ...rest] = segs;
  const table = read.get(list ?? '');
  const item = table ? table.rows[Number(index)] : undefined;
  if (table && item) return { file: table.file, row: item.row, ...column(table.header, rest) };
  if (table) return { file: table.file };
  const head = read.get('');
  return head ? { file: head.file, row: 2, ...column(head.header, segs) } : { file: storyFile };
}

function column(header: string[], rest: string[]): { column?: string; columnIndex?: number } {
  const name = rest.join('.');
  let best = header.indexOf(name);
  if (best < 0) {
    let length = 0;
    header.forEach((h, i) => {
      const parts = h.split('.');
      if (parts.length > length && parts.every((p, j) => rest[j] === p)) [best, length] = [i, parts.length];
    });
  }
  if (best < 0) best = header.findIndex((h) => h.startsWith(name + '.'));
  return best < 0 ? {} : { column: header[best], columnIndex: best };
}
