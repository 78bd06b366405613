/**
 * What an import found wrong or could not keep, as data: a code, where it is
 * (file, spreadsheet row and column, or JSON path) and its parameters. The
 * words come from `messages.ts` in the editor's language, like the story
 * validator's errors.
 */
import type { StoryError } from '../story/errors.js';
import type { Story } from '../story/types.js';

/** An error means something was left out or the story is invalid; a warning, something changed on the way. */
export type IssueLevel = 'error' | 'warning';

export interface Location {
  /** The file the problem is in (`timeline.json`, `events.csv`). */
  file?: string;
  /** Spreadsheet row, counted as a spreadsheet counts them: the header is row 1. */
  row?: number;
  /** The column's header (`title.en`, `Headline`). */
  column?: string;
  /** The column's position from 0, shown as a letter (A, B, … AA). */
  columnIndex?: number;
  /** JSON Pointer into the file read (`/events/3/start_date`). */
  path?: string;
}

export type ImportCode =
  // reading
  | 'json'
  | 'not-timelinejs'
  | 'not-timelinejs-sheet'
  | 'not-object'
  | 'csv-empty'
  | 'csv-quote'
  | 'csv-row'
  | 'extra-cells'
  | 'unknown-column'
  | 'duplicate-column'
  | 'unknown-file'
  | 'missing-file'
  | 'no-story-file'
  | 'story-rows'
  // dates, amounts and cells
  | 'bc-date'
  | 'year-range'
  | 'bad-date'
  | 'no-date'
  | 'date-unreadable'
  | 'date-ambiguous'
  | 'date-read'
  | 'time-dropped'
  | 'display-date'
  | 'end-dropped'
  | 'amount-unreadable'
  | 'amount-negative'
  | 'currency-unknown'
  | 'currency-assumed'
  | 'conversion-missing'
  | 'cell-json'
  | 'cell-required'
  | 'cell-url'
  | 'both-text-forms'
  | 'country-unknown'
  | 'status-unknown'
  | 'law-unknown'
  | 'law-assumed'
  // what the story format cannot hold
  | 'no-headline'
  | 'media-source'
  | 'media-not-url'
  | 'media-extra'
  | 'embedded-dropped'
  | 'group'
  | 'background'
  | 'scale'
  | 'unknown-key'
  | 'era-text'
  | 'type-unknown'
  | 'title-extra'
  | 'title-missing'
  | 'truncated'
  | 'id-changed'
  | 'lang-guessed'
  | 'no-source'
  // the fines table's --map
  | 'map-field'
  | 'map-column'
  | 'map-missing'
  // the converted story failed the validator
  | 'invalid';

export type Params = Record<string, string | number>;

export interface ImportIssue {
  level: IssueLevel;
  code: ImportCode;
  where: Location;
  params: Params;
  /** For `invalid`: the validator's error on the converted story (its `path` points into the story). */
  storyError?: StoryError;
}

export interface ImportResult {
  /** The converted story; absent only when nothing could be read. May be invalid: see `valid`. */
  story?: Story;
  /** True when `story` passes `parseStory`. */
  valid: boolean;
  /** Errors (something left out, or the story invalid) and warnings, in the order found. */
  issues: ImportIssue[];
}

/** Collects issues as a converter finds them. */
export class Issues {
  readonly list: ImportIssue[] = [];
  error(code: ImportCode, where: Location, params: Params = {}): void {
    this.list.push({ level: 'error', code, where, params });
  }
  warn(code: ImportCode, where: Location, params: Params = {}): void {
    this.list.push({ level: 'warning', code, where, params });
  }
}

/** `A`, `B`, … `Z`, `AA`: a spreadsheet's name for the column at `index` (from 0). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}
