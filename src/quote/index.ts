import { defineElement } from '../core/define.js';
import { FineQuote } from './fine-quote.js';

export { FineQuote };
defineElement('fine-quote', FineQuote);

declare global {
  interface HTMLElementTagNameMap {
    'fine-quote': FineQuote;
  }
}
