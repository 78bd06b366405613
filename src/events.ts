/**
 * Every event the kit fires, with its detail type, and the one function that
 * fires them. All bubble and are composed, so a page can listen on
 * `document` or on any ancestor.
 */
import type { StoryError } from './story/errors.js';

export interface FineReadyDetail {
  /** Id of the story that was rendered. */
  storyId: string;
}

export interface FineErrorDetail {
  /** What went wrong, with JSON paths. */
  errors: StoryError[];
  /** The first error in the reader's language. */
  message: string;
}

export interface FineSelectDetail {
  /** Id of the selected item (event, fine, actor…), or null when the selection was cleared. */
  id: string | null;
}

export interface FineEventDetails {
  'fine-ready': FineReadyDetail;
  'fine-error': FineErrorDetail;
  'fine-select': FineSelectDetail;
}

export type FineEventName = keyof FineEventDetails;

/**
 * Dispatches a kit event on `target`: bubbles, crosses shadow roots,
 * cancelable. A function rather than a method, so the manifest analyzer
 * does not document a bogus event named `name`.
 */
export function emit<K extends FineEventName>(target: EventTarget, name: K, detail: FineEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fine-ready': CustomEvent<FineReadyDetail>;
    'fine-error': CustomEvent<FineErrorDetail>;
    'fine-select': CustomEvent<FineSelectDetail>;
  }
}
