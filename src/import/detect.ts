/**
 * What a dropped or pasted file is, from its name and first bytes: a story,
 * a TimelineJS file or sheet, one file of the kit's own sheet, or a table of fines.
 */
import { sniffDelimiter } from './csv.js';
import { isSheetTable } from './sheet.js';

export type InputKind = 'story' | 'timelinejs' | 'timelinejs-sheet' | 'sheet' | 'fines' | 'unknown';

export function detectInput(name: string, text: string): InputKind {
  const body = text.replace(/^\ufeff/, '').trimStart();
  if (body.startsWith('{')) {
    try {
      const value = JSON.parse(body) as Record<string, unknown>;
      const events = value['events'];
      const slide = Array.isArray(events) ? (events[0] as Record<string, unknown> | undefined) : undefined;
      if (slide && typeof slide === 'object' && ('start_date' in slide || 'text' in slide)) return 'timelinejs';
      if ('languages' in value || 'fines' in value || 'actors' in value) return 'story';
      return Array.isArray(events) ? 'timelinejs' : 'unknown';
    } catch {
      return 'unknown';
    }
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine) return 'unknown';
  const header = firstLine.split(sniffDelimiter(firstLine)).map((h) => h.replace(/^"|"$/g, '').trim());
  const lower = header.map((h) => h.toLowerCase());
  if (lower.includes('year') && lower.includes('headline')) return 'timelinejs-sheet';
  if (isSheetTable(name, header)) return 'sheet';
  return header.length > 1 ? 'fines' : 'unknown';
}
