/** The quote card’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from '../i18n/types.js';

export const quote: LanguagePack['quote'] = { empty: 'هذا الاقتباس بلا نص.', sep: '، ' };
