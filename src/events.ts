/**
 * Every event the kit fires, with its detail type. All bubble and are
 * composed, so a page can listen on `document` or on any ancestor.
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

declare global {
  interface GlobalEventHandlersEventMap {
    'fine-ready': CustomEvent<FineReadyDetail>;
    'fine-error': CustomEvent<FineErrorDetail>;
    'fine-select': CustomEvent<FineSelectDetail>;
  }
}
