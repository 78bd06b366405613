import type { MessageTable } from '../i18n/types.js';

/**
 * Words of the no-JavaScript fallback content that no element has (headings
 * of its lists, two columns of its table); the rest are the elements' own
 * words, so the fallback says what the element says.
 */
export interface FallbackMessages {
  timeline: string;
  periods: string;
  fines: string;
  law: string;
  reason: string;
  /** Column of a fine's dated status ("Annulled on 12 March 2026"). */
  status: string;
  relations: string;
}

export const fallbackMessages: MessageTable<FallbackMessages> = {
  en: {
    timeline: 'Timeline',
    periods: 'Periods',
    fines: 'Fines compared',
    law: 'Law',
    reason: 'Reason',
    status: 'Status',
    relations: 'Who did what',
  },
  fr: {
    timeline: 'Chronologie',
    periods: 'Périodes',
    fines: 'Amendes comparées',
    law: 'Loi',
    reason: 'Motif',
    status: 'Statut',
    relations: 'Qui a fait quoi',
  },
  ar: {
    timeline: 'التسلسل الزمني',
    periods: 'مراحل',
    fines: 'مقارنة الغرامات',
    law: 'القانون',
    reason: 'السبب',
    status: 'الحالة',
    relations: 'من فعل ماذا',
  },
};
