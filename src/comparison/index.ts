import { defineElement } from '../core/define.js';
import { FineComparison } from './fine-comparison.js';

export { FineComparison };
defineElement('fine-comparison', FineComparison);

declare global {
  interface HTMLElementTagNameMap {
    'fine-comparison': FineComparison;
  }
}
