/**
 * The shared core every element builds on. Import from `fine-kit/core` to
 * write an element of your own that behaves like the kit's.
 */
export { FineElement, type LoadStatus, type Theme } from './fine-element.js';
export { defineElement } from './define.js';
export { storyContext, type StoryContextValue } from './context.js';
export * from './locale.js';
export * from './format.js';
export { baseStyles } from './styles.js';
export { tokens } from './tokens.js';
export { VERSION } from './version.js';
export * from '../i18n/index.js';
export { vocabulary, type Vocabulary } from '../i18n/vocabulary.js';
export type * from '../events.js';
