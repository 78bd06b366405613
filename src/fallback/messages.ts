import type { MessageTable } from '../i18n/types.js';

/** Words of the no-JavaScript fallback content (headings of its lists and table). */
export interface FallbackMessages {
  timeline: string;
  periods: string;
  fines: string;
  company: string;
  authority: string;
  date: string;
  amount: string;
  law: string;
  reason: string;
  /** Column of a fine's dated status ("Annulled on 12 March 2026"). */
  status: string;
  relations: string;
  /** Separates a relation sentence from its date: the Arabic comma in Arabic. */
  comma: string;
  ongoing: string;
}

export const fallbackMessages: MessageTable<FallbackMessages> = {
  en: {
    timeline: 'Timeline',
    periods: 'Periods',
    fines: 'Fines compared',
    company: 'Company',
    authority: 'Authority',
    date: 'Date',
    amount: 'Amount',
    law: 'Law',
    reason: 'Reason',
    status: 'Status',
    relations: 'Who did what',
    comma: ', ',
    ongoing: 'ongoing',
  },
  fr: {
    timeline: 'Chronologie',
    periods: 'Périodes',
    fines: 'Amendes comparées',
    company: 'Entreprise',
    authority: 'Autorité',
    date: 'Date',
    amount: 'Montant',
    law: 'Loi',
    reason: 'Motif',
    status: 'Statut',
    relations: 'Qui a fait quoi',
    comma: ', ',
    ongoing: 'en cours',
  },
  ar: {
    timeline: 'التسلسل الزمني',
    periods: 'مراحل',
    fines: 'مقارنة الغرامات',
    company: 'الشركة',
    authority: 'الجهة',
    date: 'التاريخ',
    amount: 'المبلغ',
    law: 'القانون',
    reason: 'السبب',
    status: 'الحالة',
    relations: 'من فعل ماذا',
    comma: '، ',
    ongoing: 'مستمرة',
  },
};
