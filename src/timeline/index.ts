import { defineElement } from '../core/define.js';
import { FineTimeline } from './fine-timeline.js';

export { FineTimeline };
defineElement('fine-timeline', FineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'fine-timeline': FineTimeline;
  }
}
