import { emit, type FineErrorDetail } from '../events.js';
import { describeError, describePath, errorMessages, type CoreMessages } from '../i18n/index.js';
import type { StoryError } from '../story/errors.js';

/** `fine-error`'s detail: the errors, and the first of them as a sentence in the reader's language (`m.$lang`). */
export function errorDetail(m: CoreMessages, errors: StoryError[]): FineErrorDetail {
  const first = errors[0]!;
  const w = errorMessages(m.$lang);
  return { errors, message: `${describePath(w, first.path)}: ${describeError(w, first)}` };
}

/**
 * `fine-ready` and `fine-error`, each fired once per change of what an
 * element shows: a story (or content that needs none), errors, or nothing
 * yet. Showing the same thing again, update after update, fires nothing.
 */
export class StatusEvents {
  #shown?: unknown;

  constructor(private readonly host: HTMLElement) {}

  /**
   * The element now shows `what`: a ready story's id (`''` for content that
   * needs no story), an error, or nothing (`undefined`). `key` tells one
   * showing from the next (the story object, the errors list).
   */
  show(key: unknown, what: { storyId: string } | FineErrorDetail | undefined): void {
    if (key === this.#shown) return;
    this.#shown = key;
    if (!what) return;
    if ('storyId' in what) emit(this.host, 'fine-ready', what);
    else emit(this.host, 'fine-error', what);
  }
}
