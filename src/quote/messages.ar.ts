/** The quote card’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { QuoteMessages } from './messages.js';

const ar: QuoteMessages = { empty: 'هذا الاقتباس بلا نص.', sep: '، ' };

export default ar;
