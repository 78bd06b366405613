/**
 * TimelineJS's Google Sheets template, downloaded as CSV, to a story. The
 * template's columns, in its order and spelling: Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 * Media, Media Credit, Media Caption, Media Thumbnail, Type (`title`, `era`),
 * Group, Background (newer copies add Alt Text). Rows become TimelineJS
 * slides and go through the JSON converter; every report names the row and
 * the column the value came from.
 */
import { Issues, type ImportResult, type Location } from './issues.js';
import { readCsv } from './csv.js';
import { segments } from './finish.js';
import { fromTimelineJs, type TimelineJsOptions } from './timelinejs.js';

export const TIMELINEJS_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
/** Columns TimelineJS also reads: the alt text of newer templates, v1's Tag. */
const ALSO_READ = ['Alt Text', 'Tag'];

/** Where each part of a slide comes from, as a JSON path below the slide → the column. */
const FIELD_COLUMNS: [string, string][] = [
  ['start_date/year', 'Year'],
  ['start_date/month', 'Month'],
  ['start_date/day', 'Day'],
  ['start_date/hour', 'Time'],
  ['start_date', 'Year'],
  ['end_date/year', 'End Year'],
  ['end_date/month', 'End Month'],
  ['end_date/day', 'End Day'],
  ['end_date/hour', 'End Time'],
  ['end_date', 'End Year'],
  ['display_date', 'Display Date'],
  ['text/headline', 'Headline'],
  ['text/text', 'Text'],
  ['text', 'Headline'],
  ['media/url', 'Media'],
  ['media/credit', 'Media Credit'],
  ['media/caption', 'Media Caption'],
  ['media/thumbnail', 'Media Thumbnail'],
  ['group', 'Group'],
  ['background', 'Background'],
];

/** `2:30 PM`, `14:30`, `14:30:15` → hour, minute, second; undefined when it is none of these. */
function readTime(text: string): { hour: number; minute: number; second?: number } | undefined {
  const m = text.trim().match(/^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?m?\.?$/i);
  if (!m) return undefined;
  let hour = Number(m[1]);
  if (m[4]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (m[4]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return { hour, minute: Number(m[2] ?? 0), ...(m[3] ? { second: Number(m[3]) } : {}) };
}

export function fromTimelineJsSheet(text: string, options: TimelineJsOptions = {}): ImportResult {
  const issues = new Issues();
  const file = options.file ?? 'timeline.csv';
  const table = readCsv(text, file, issues);
  if (!table) return { valid: false, issues: issues.list };
  const index = new Map(table.header.map((h, i) => [h.toLowerCase(), i]));
  if (!index.has('year') || !index.has('headline')) {
    issues.error('not-timelinejs-sheet', { file, row: 1 }, { columns: TIMELINEJS_COLUMNS.join(', ') });
    return { valid: false, issues: issues.list };
  }
  const known = new Set([...TIMELINEJS_COLUMNS, ...ALSO_READ].map((c) => c.toLowerCase()));
  table.header.forEach((h, i) => {
    if (h && !known.has(h.toLowerCase()))
      issues.warn('unknown-column', { file, row: 1, column: h, columnIndex: i }, { column: h });
  });

  const slides: { title?: Record<string, unknown>; events: unknown[]; eras: unknown[] } = { events: [], eras: [] };
  const rowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (name: string) =>
      index.has(name.toLowerCase()) ? (cells[index.get(name.toLowerCase())!] ?? '').trim() : '';
    const at = (name: string): Location => ({ file, row, column: name, columnIndex: index.get(name.toLowerCase()) });
    const date = (prefix: string, timeColumn: string) => {
      const d: Record<string, unknown> = {
        year: cell(`${prefix}Year`),
        month: cell(`${prefix}Month`),
        day: cell(`${prefix}Day`),
      };
      const time = cell(timeColumn);
      if (time) {
        const parsed = readTime(time);
        if (parsed) Object.assign(d, parsed);
        else issues.warn('time-dropped', at(timeColumn), { time, date: '' });
      }
      return d;
    };
    const slide: Record<string, unknown> = {
      start_date: date('', 'Time'),
      text: { headline: cell('Headline'), text: cell('Text') },
    };
    if (cell('End Year') || cell('End Month') || cell('End Day') || cell('End Time'))
      slide['end_date'] = date('End ', 'End Time');
    if (cell('Display Date')) slide['display_date'] = cell('Display Date');
    if (cell('Media')) {
      slide['media'] = {
        url: cell('Media'),
        credit: cell('Media Credit'),
        caption: cell('Media Caption'),
        thumbnail: cell('Media Thumbnail'),
        alt: cell('Alt Text'),
      };
    }
    const group = cell('Group') || cell('Tag');
    if (group) slide['group'] = group;
    const background = cell('Background');
    if (background)
      slide['background'] = /^(https?:)?\/\//.test(background) ? { url: background } : { color: background };

    const type = cell('Type').toLowerCase();
    let pointer: string;
    if (type === 'title' && !slides.title) {
      delete slide['start_date'];
      slides.title = slide;
      pointer = '/title';
    } else if (type === 'era') {
      pointer = `/eras/${slides.eras.length}`;
      slides.eras.push(slide);
    } else {
      if (type === 'title') issues.warn('title-extra', at('Type'));
      else if (type) issues.warn('type-unknown', at('Type'), { type: cell('Type') });
      pointer = `/events/${slides.events.length}`;
      slides.events.push(slide);
    }
    rowOf.set(pointer, row);
  }

  const locate = (path: string): Location => {
    const segs = segments(path);
    const depth = segs[0] === 'title' ? 1 : 2;
    const row = rowOf.get('/' + segs.slice(0, depth).join('/'));
    if (row === undefined) return { file };
    const rest = segs.slice(depth).join('/');
    const name = FIELD_COLUMNS.find(([field]) => rest === field || rest.startsWith(field + '/'))?.[1];
    return {
      file,
      row,
      ...(name && index.has(name.toLowerCase()) ? { column: name, columnIndex: index.get(name.toLowerCase()) } : {}),
    };
  };
  const result = fromTimelineJs(slides, { ...options, file, locate });
  // in the order of the sheet's rows, as an editor goes through them (the file's own first)
  const all = [...issues.list, ...result.issues].sort((a, b) => (a.where.row ?? 0) - (b.where.row ?? 0));
  return { ...result, issues: all };
}
