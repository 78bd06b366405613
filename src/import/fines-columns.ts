/**
 * Which column of a newsroom's own table of fines holds what: from `--map
 * company=Controller,amount=E,…` (a header, a column letter or a number), or
 * guessed from the headers the common trackers and spreadsheets use.
 */
import { columnLetter } from './issues.js';

export const FINE_FIELDS = [
  'company',
  'amount',
  'date',
  'authority',
  'reason',
  'source',
  'country',
  'currency',
  'law',
  'status',
  'note',
  'id',
  'source-title',
] as const;
export type FineField = (typeof FINE_FIELDS)[number];
/** Field → the column as the editor named it. */
export type FinesMap = Partial<Record<FineField, string>>;

/** The fields a fine cannot go without. */
export const REQUIRED_FIELDS: readonly FineField[] = ['company', 'amount', 'date', 'authority', 'reason', 'source'];

/** Headers an editor's table is likely to use, in English, French and Arabic (lowercased, start of the header). */
const GUESSES: Record<FineField, RegExp> = {
  company:
    /^(company|companies|organi[sz]ation|controller|entity|defendant|firm|name|entreprise|soci[eé]t[eé]|organisme|الشركة|شركة|الجهة المغرمة)/,
  amount: /^(amount|fine|penalty|sum|montant|amende|sanction|المبلغ|الغرامة|قيمة الغرامة)/,
  date: /^(date|when|decided|decision date|التاريخ|تاريخ)/,
  authority: /^(authority|regulator|dpa|supervisory|autorit[eé]|r[eé]gulateur|الهيئة|السلطة|الجهة الرقابية)/,
  reason: /^(reason|violation|breach|infringement|quoted art|articles?|motif|infraction|manquement|السبب|المخالفة)/,
  source: /^(source|url|link|reference|lien|المصدر|الرابط)(?!.*(title|titre|عنوان))/,
  country: /^(country|pays|nation|البلد|الدولة)/,
  currency: /^(currency|devise|monnaie|العملة)/,
  law: /^(law|legal basis|loi|القانون)/,
  status: /^(status|statut|الحالة)/,
  note: /^(note|comment|remarque|ملاحظ)/,
  id: /^(id|identifier|identifiant)$/,
  'source-title': /^(source title|titre de la source|عنوان المصدر)/,
};

/** A guess for every field some header fits, each header used once, the first fitting header winning. */
export function guessFinesMap(header: readonly string[]): FinesMap {
  const map: FinesMap = {};
  const used = new Set<number>();
  for (const field of FINE_FIELDS) {
    const i = header.findIndex((h, i) => !used.has(i) && GUESSES[field].test(h.trim().toLowerCase()));
    if (i >= 0) {
      map[field] = header[i]!;
      used.add(i);
    }
  }
  return map;
}

/** `company=Controller,amount=E` → a map, and the field names it did not know. */
export function parseMapSpec(spec: string): { map: FinesMap; unknown: string[] } {
  const map: FinesMap = {};
  const unknown: string[] = [];
  for (const pair of spec.split(',')) {
    const at = pair.indexOf('=');
    if (at < 0) {
      if (pair.trim()) unknown.push(pair.trim());
      continue;
    }
    const field = pair.slice(0, at).trim().toLowerCase();
    if ((FINE_FIELDS as readonly string[]).includes(field)) map[field as FineField] = pair.slice(at + 1).trim();
    else unknown.push(field);
  }
  return { map, unknown };
}

/** The column `name` means: its header (any case), else a column letter (`C`), else a number from 1. */
export function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim().toLowerCase();
  const byHeader = header.findIndex((h) => h.trim().toLowerCase() === wanted);
  if (byHeader >= 0) return byHeader;
  const byLetter = header.findIndex((_, i) => columnLetter(i).toLowerCase() === wanted);
  if (byLetter >= 0) return byLetter;
  const n = Number(wanted);
  return Number.isInteger(n) && n >= 1 && n <= header.length ? n - 1 : -1;
}
