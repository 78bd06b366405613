/** The quote card's own words; the rest ("Translated from…", "Original") are the core's, the quote marks `layout.ts`'s. */
import type { WordTable } from '../i18n/types.js';

export interface QuoteMessages {
  /** A standalone card with no words inside the element. */
  empty: string;
  /** Between the parts of a caption: role, date, source. */
  sep: string;
}

declare module '../i18n/types.js' {
  interface LanguagePack {
    quote: QuoteMessages;
  }
}

export const quoteMessages: WordTable<'quote'> = {
  pack: 'quote',
  en: { empty: 'This quote has no text.', sep: ', ' },
  load: { ar: () => import('./messages.ar.js'), fr: () => import('./messages.fr.js') },
};
