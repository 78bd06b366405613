/**
 * One spreadsheet row back to a value, column by column, with the codec of
 * `sheet-codec.ts`. Empty cells are absent values. A cell that cannot be
 * read as its column's type is kept as written, so the validator names it
 * (in the cell it came from) with what it expected; dates a spreadsheet
 * rewrote (`16/07/2021`) are read back when only one reading exists.
 */
import { DATE_PATTERN } from '../story/schema.js';
import type { Codec, Column } from './sheet-codec.js';
import { parseDate } from './date.js';
import { readNumber } from './numbers.js';
import type { ImportCode, Params } from './issues.js';

export interface CellTree {
  /** The cell whose column is this path itself, with its column's index. */
  cell?: { text: string; index: number };
  children: Map<string, CellTree>;
}

/** The cells of one row arranged by the paths of their columns. */
export function treeOf(columns: readonly { path: Column; index: number }[], cells: readonly string[]): CellTree {
  const root: CellTree = { children: new Map() };
  for (const { path, index } of columns) {
    const text = (cells[index] ?? '').trim();
    if (!text) continue;
    let node = root;
    for (const seg of path) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { children: new Map() }));
      node = next;
    }
    node.cell = { text, index };
  }
  return root;
}

export interface Reporter {
  error(code: ImportCode, columnIndex: number, params?: Params): void;
  warn(code: ImportCode, columnIndex: number, params?: Params): void;
}

const TRUE = /^(true|yes|y|oui|vrai|نعم|1)$/i;
const FALSE = /^(false|no|n|non|faux|لا|0)$/i;

export function decode(codec: Codec, tree: CellTree | undefined, report: Reporter): unknown {
  if (!tree) return undefined;
  const cell = tree.cell;
  switch (codec.kind) {
    case 'string':
      return cell?.text;
    case 'number': {
      if (!cell) return undefined;
      // the sheet's own way (what export writes) first: `1.125` is not 1125 here
      if (/^-?\d+(\.\d+)?$/.test(cell.text)) return Number(cell.text);
      return readNumber(cell.text) ?? cell.text;
    }
    case 'enum':
      if (!cell) return undefined;
      return codec.numeric && readNumber(cell.text) !== undefined ? readNumber(cell.text) : cell.text;
    case 'boolean':
      if (!cell) return undefined;
      return TRUE.test(cell.text) ? true : FALSE.test(cell.text) ? false : cell.text;
    case 'date': {
      if (!cell || DATE_PATTERN.test(cell.text)) return cell?.text;
      const read = parseDate(cell.text);
      if (!read.ok) return cell.text;
      report.warn('date-read', cell.index, { received: cell.text, iso: read.iso });
      return read.iso;
    }
    case 'list':
      return cell ? cell.text.split(/[\s,;]+/).filter(Boolean) : undefined;
    case 'json':
      if (!cell) return undefined;
      try {
        return JSON.parse(cell.text);
      } catch (e) {
        report.error('cell-json', cell.index, { detail: (e as Error).message });
        return undefined;
      }
    case 'text':
    case 'map': {
      const entries: [string, unknown][] = [];
      for (const [key, child] of tree.children) {
        const value = decode(codec.kind === 'map' ? codec.item : { kind: 'string' }, child, report);
        if (value !== undefined) entries.push([key, value]);
      }
      if (cell && entries.length) report.error('both-text-forms', cell.index);
      return cell?.text ?? (entries.length ? Object.fromEntries(entries) : undefined);
    }
    case 'object': {
      const entries: [string, unknown][] = [];
      for (const [key, c] of codec.fields) {
        const value = decode(c, tree.children.get(key), report);
        if (value !== undefined) entries.push([key, value]);
      }
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    case 'attributed': {
      const attrs: [string, unknown][] = [];
      for (const [key, c] of codec.attrs) {
        const value = decode(c, tree.children.get(key), report);
        if (value !== undefined) attrs.push([key, value]);
      }
      if (!attrs.length) return cell?.text;
      return { text: cell?.text, ...Object.fromEntries(attrs) };
    }
  }
}
