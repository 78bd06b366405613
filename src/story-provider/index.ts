import { defineElement } from '../core/define.js';
import { FineStory } from './fine-story.js';

export { FineStory };
defineElement('fine-story', FineStory);

declare global {
  interface HTMLElementTagNameMap {
    'fine-story': FineStory;
  }
}
