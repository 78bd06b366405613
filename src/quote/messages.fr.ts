/** The quote card’s words in French: loaded the first time an element speaks French. */
import type { LanguagePack } from '../i18n/types.js';

export const quote: LanguagePack['quote'] = { empty: 'Cette citation n’a pas de texte.', sep: ', ' };
