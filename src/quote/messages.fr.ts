/** The quote card’s words in French: loaded the first time an element speaks French. */
import type { QuoteMessages } from './messages.js';

const fr: QuoteMessages = { empty: 'Cette citation n’a pas de texte.', sep: ', ' };

export default fr;
