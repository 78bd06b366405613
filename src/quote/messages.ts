/** The quote card's own words; the rest ("Translated from…", "Original", quote marks) are the core's. */
import type { MessageTable } from '../i18n/types.js';

export interface QuoteMessages {
  /** A standalone card with no words inside the element. */
  empty: string;
  /** Between the parts of a caption: role, date, source. */
  sep: string;
}

export const quoteMessages: MessageTable<QuoteMessages> = {
  en: { empty: 'This quote has no text.', sep: ', ' },
  fr: { empty: 'Cette citation n’a pas de texte.', sep: ', ' },
  ar: { empty: 'هذا الاقتباس بلا نص.', sep: '، ' },
};
