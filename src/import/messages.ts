/**
 * The import's words, in English (here), Arabic and French: every code of
 * `issues.ts` as a sentence an editor understands, with the place it is
 * about. The validator's errors keep the kit's own words (`describeError`).
 */
import { describeError } from '../i18n/index.js';
import type { ErrorMessages } from '../i18n/types.js';
import { errors as errorsEn } from '../i18n/errors.en.js';
import { errors as errorsAr } from '../i18n/errors.ar.js';
import { errors as errorsFr } from '../i18n/errors.fr.js';
import { baseLang } from '../story/text.js';
import { columnLetter, type ImportCode, type ImportIssue, type Location } from './issues.js';
import ar from './messages.ar.js';
import fr from './messages.fr.js';
import type { ImportMessages } from './message-types.js';

export type { ImportMessages };

export const en: ImportMessages = {
  error: 'error',
  warning: 'warning',
  summary:
    '{file}: events {events}, eras {eras}, fines {fines}, quotes {quotes}, sources {sources}; errors {errors}, warnings {warnings}.',
  invalid: '{file} is not a valid story yet: fix the errors above (npx fine-kit validate checks it again).',
  more: '…and {count} more like this.',
  codes: {
    json: 'This is not valid JSON ({detail}).',
    'not-timelinejs': 'This is not a TimelineJS file: expected an object with an "events" list.',
    'not-timelinejs-sheet':
      'This is not a TimelineJS sheet: its first row should name the template’s columns ({columns}).',
    'not-object': 'Expected a slide (a JSON object) here: left out.',
    'csv-empty': 'The file has no rows.',
    'csv-quote':
      'A quoted cell that starts in this row is never closed: this row and the rest of the file could not be read.',
    'csv-row': 'This row could not be read ({detail}): left out.',
    'extra-cells': '{count} cell(s) after the last named column: left out (give the column a header).',
    'unknown-column': 'The column "{column}" is not one the format knows: left out.',
    'duplicate-column': 'The column "{column}" appears twice: the second one is left out.',
    'unknown-file': 'This file is not part of a story sheet: left out.',
    'missing-file': 'There is no {file}: the story will have none of what it holds.',
    'no-story-file': 'There is no {file}: a story sheet needs it (one row: id, languages, title…).',
    'story-rows': 'story.csv should have one row under its header; it has {count}.',
    'bc-date':
      'The year {year} BCE cannot be held: the story format holds years 1 to 9999 of the Common Era. Left out.',
    'year-range': 'The year {year} is after 9999, beyond what the story format holds: left out.',
    'bad-date': '{received} is not a date that exists: left out.',
    'no-date': 'No start date (at least a year): left out.',
    'date-unreadable':
      'Cannot read {received} as a date: expected YYYY-MM-DD, a date with the month’s name, or the format given with --date-format.',
    'date-ambiguous':
      '{received} reads as day/month or as month/day: name the order with --date-format DD/MM/YYYY or MM/DD/YYYY.',
    'date-read': 'Read {received} as {iso}.',
    'time-dropped': 'The time {time} is not kept: the story holds dates to the day.',
    'display-date': 'The display date "{text}" is not kept: the story shows each date at its own precision.',
    'end-dropped': 'The end date {end} is not after the start ({start}): left out.',
    'amount-unreadable':
      'Cannot read {received} as an amount (such as 746000000, €746,000,000, 746 000 000 € or 746M).',
    'amount-negative': '{received} is below zero: a fine cannot be.',
    'currency-unknown': 'No currency this can name in {received}: write an ISO code such as EUR, or give --currency.',
    'currency-assumed': 'Neither the cells nor --currency name a currency: amounts read as {currency}.',
    'conversion-missing':
      '{count} fine(s) in {currency}: the comparison leaves them out beside the {to} ones until the story has a {currency}→{to} rate, with its date and source (conversions).',
    'cell-json': 'This cell should hold JSON ({detail}): left out.',
    'cell-required': 'Empty, but every fine needs its {field}: the row is left out.',
    'cell-url': '{received} is not a web address (https://…): the row is left out.',
    'both-text-forms':
      'Both this column and its language columns are filled: write the text in the language columns only.',
    'country-unknown': '{received} is not a country name or code known here: the country is left out.',
    'status-unknown': 'The status {received} is not one of {options}: left out.',
    'law-unknown': 'The law {received} is neither the GDPR nor ePrivacy: the row is left out.',
    'law-assumed': 'No law column and no --law: every fine is marked as a {law} fine.',
    'no-headline': 'No headline: titled "{title}" from its text or date.',
    'media-source': 'The story shows no pictures or videos: the media’s address is kept as a source.',
    'media-not-url': 'The media "{text}" is not a web address: not kept (its links become sources).',
    'media-extra': 'The media’s {field} is not kept.',
    'embedded-dropped': 'Embedded {tags} cannot be plain text: left out.',
    group: 'The group "{group}" is not kept: a story has no groups.',
    background: 'The slide’s background is not kept.',
    scale: 'The cosmological scale is not kept: the story holds years 1 to 9999.',
    'unknown-key': 'The key "{key}" is not part of the TimelineJS format: left out.',
    'era-text': 'An era’s text is not kept: its headline becomes its title.',
    'type-unknown': 'Unknown Type "{type}" (expected title or era): read as an event.',
    'title-extra': 'A second title row: read as an event, as TimelineJS does.',
    'title-missing': 'No title: the story is titled "{title}" after the file (give --title to change it).',
    truncated: 'Longer than the {max} characters allowed: shortened.',
    'id-changed': 'The id "{from}" became "{to}" (ids are unique, of lowercase letters, digits and hyphens).',
    'lang-guessed': 'No --lang: the text looks like "{lang}" (give --lang to say otherwise).',
    'no-source':
      'This item links to nothing, and everything in a story cites a source: add a link to its text or media, or give --source URL.',
    'map-field': '--map names a field that does not exist: "{field}" (fields: {fields}).',
    'map-column': '--map {field}={column}: there is no such column (columns: {columns}).',
    'map-missing': 'No column holds the {field}: name it with --map {field}=COLUMN (columns: {columns}).',
  },
};

const TABLES: Record<string, ImportMessages> = { en, ar, fr };
/** The validator's words, every language at hand: the import runs in tools, where nothing loads on demand. */
const ERROR_WORDS: Record<string, ErrorMessages> = { en: errorsEn, ar: errorsAr, fr: errorsFr };

/** The import's words in `lang` (`ar-EG` → `ar`); English for a language it does not speak. */
export function importMessages(lang: string): ImportMessages {
  return TABLES[baseLang(lang)] ?? en;
}

/** Fills `{name}` from `params`, each value in bidi isolates so Latin paths keep their place in Arabic. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => `\u2068${params[key] ?? ''}\u2069`);
}

/** The issue as a sentence in `lang`. */
export function describeIssue(issue: ImportIssue, lang: string): string {
  if (issue.code === 'invalid' && issue.storyError) {
    return describeError(ERROR_WORDS[baseLang(lang)] ?? errorsEn, issue.storyError);
  }
  const m = importMessages(lang);
  return fill(m.codes[issue.code as Exclude<ImportCode, 'invalid'>] ?? issue.code, issue.params);
}

/** `events.csv:5:C (title.en)`, `timeline.json /events/3/start_date`, or the file alone. */
export function formatLocation(where: Location): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.row !== undefined) {
    let cell = `${where.file ?? ''}:${where.row}`;
    if (where.columnIndex !== undefined) cell += `:${columnLetter(where.columnIndex)}`;
    if (where.column) cell += ` (${where.column})`;
    parts[0] = cell;
  }
  if (where.path) parts.push(where.path);
  return parts.join(' ');
}

/** One line of a report: place, level and sentence. */
export function formatIssue(issue: ImportIssue, lang: string): string {
  const m = importMessages(lang);
  const place = formatLocation(issue.where);
  return `${place ? place + '  ' : ''}${issue.level === 'error' ? m.error : m.warning}: ${describeIssue(issue, lang)}`;
}
