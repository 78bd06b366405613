import { defineElement } from '../core/define.js';
import { FineActorMap } from './fine-actor-map.js';

export { FineActorMap };
defineElement('fine-actor-map', FineActorMap);

declare global {
  interface HTMLElementTagNameMap {
    'fine-actor-map': FineActorMap;
  }
}
