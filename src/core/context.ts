import { createContext } from '@lit/context';
import type { Story } from '../story/types.js';
import type { StoryError } from '../story/errors.js';

/** What `<fine-story>` shares with the elements inside it. */
export interface StoryContextValue {
  status: 'loading' | 'ready' | 'error';
  story?: Story;
  errors?: StoryError[];
}

/**
 * Keyed with `Symbol.for` so that two copies of the kit on one page (an npm
 * bundle and the CDN file) still find each other's provider.
 */
export const storyContext = createContext<StoryContextValue>(Symbol.for('fine-kit.story'));
