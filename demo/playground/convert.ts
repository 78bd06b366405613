/**
 * What the playground does with the files it is given: find out what they
 * are, run the matching converter from src/import (the same code as
 * `npx fine-kit import`), and put every problem in one list with its place.
 */
import {
  detectInput,
  describeIssue,
  formatLocation,
  fromFinesTable,
  fromSheet,
  fromTimelineJs,
  fromTimelineJsSheet,
  readCsv,
  Issues,
  type FinesMap,
  type InputKind,
} from '../../src/import/index.js';
import { lintStory, parseStory, type Story } from '../../src/story/index.js';
import { describeWarning } from '../../src/i18n/lint.js';

export interface InputFile {
  name: string;
  text: string;
}

export interface Options {
  /** The language the text is written in; guessed when empty. */
  lang: string;
  source: string;
  dateFormat: string;
  currency: string;
  map: FinesMap;
}

export interface Item {
  level: 'error' | 'warning';
  location: string;
  message: string;
}

export interface Converted {
  kind: InputKind;
  story?: Story;
  valid: boolean;
  /** Describes each problem in the language asked for. */
  items: (lang: string) => Item[];
  /** A table of fines' headers, for the column choices. */
  header?: string[];
}

/** The files (one, or the kit's sheet as several) as a story, with what was wrong. */
export function convert(files: InputFile[], options: Options): Converted {
  const [first] = files;
  if (!first) return { kind: 'unknown', valid: false, items: () => [] };
  // several files are the kit's sheet; one file says what it is by its content
  const kind: InputKind = files.length > 1 ? 'sheet' : detectInput(first.name, first.text);
  const lang = options.lang || undefined;
  const common = { file: first.name, lang };
  let result;
  let header: string[] | undefined;
  switch (kind) {
    case 'sheet':
      result = fromSheet(Object.fromEntries(files.map((f) => [f.name, f.text])));
      break;
    case 'timelinejs':
      result = fromTimelineJs(first.text, { ...common, source: options.source || undefined });
      break;
    case 'timelinejs-sheet':
      result = fromTimelineJsSheet(first.text, { ...common, source: options.source || undefined });
      break;
    case 'fines':
      header = readCsv(first.text, first.name, new Issues())?.header;
      result = fromFinesTable(first.text, {
        ...common,
        map: options.map,
        dateFormat: options.dateFormat || undefined,
        currency: options.currency || undefined,
      });
      break;
    case 'story':
      return storyFile(first);
    default:
      return { kind, valid: false, items: () => [] };
  }
  const issues = result.issues;
  return {
    kind,
    story: result.story,
    valid: result.valid,
    header,
    items: (ui) =>
      issues.map((i) => ({ level: i.level, location: formatLocation(i.where), message: describeIssue(i, ui) })),
  };
}

/** A story file: the validator's errors, or the warnings `fine-kit validate` prints. */
function storyFile(file: InputFile): Converted {
  const result = parseStory(file.text.replace(/^\ufeff/, ''));
  if (!result.ok) {
    let story: Story | undefined;
    try {
      story = JSON.parse(file.text.replace(/^\ufeff/, '')) as Story;
    } catch {
      story = undefined;
    }
    const errors = result.errors;
    return {
      kind: 'story',
      story,
      valid: false,
      items: (ui) =>
        errors.map((e) => ({
          level: 'error',
          location: `${file.name} ${e.path || '/'}`,
          message: describeIssue({ level: 'error', code: 'invalid', where: {}, params: {}, storyError: e }, ui),
        })),
    };
  }
  const warnings = lintStory(result.story);
  return {
    kind: 'story',
    story: result.story,
    valid: true,
    items: (ui) =>
      warnings.map((w) => ({ level: 'warning', location: `${file.name} ${w.path}`, message: describeWarning(ui, w) })),
  };
}
