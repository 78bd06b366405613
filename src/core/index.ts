/**
 * The shared core every element builds on. Import from `fine-kit/core` to
 * write an element of your own that behaves like the kit's: extend
 * `FineElement`, or compose the controllers on a `LitElement` of your own
 * (ARCHITECTURE.md shows how).
 */
export { FineElement, type LoadStatus, type Theme } from './fine-element.js';
export { StoryController, parseCached, type StoryHost, type StoryState } from './story-controller.js';
export { LocaleController, type LocaleOptions } from './locale-controller.js';
export { RovingController, type RovingOptions } from './roving-controller.js';
export { SizeController } from './size-controller.js';
export { StatusEvents, errorDetail } from './status-events.js';
export { memo } from './memo.js';
export { tickStep } from './ticks.js';
export { styled, applyStyles } from './styled.js';
export { loadingView, errorView } from './views.js';
export { defineElement } from './define.js';
export { storyContext, type StoryContextValue } from './context.js';
export * from './locale.js';
export * from './format.js';
export { baseStyles } from './styles.js';
export { tokens } from './tokens.js';
export { VERSION } from './version.js';
export * from '../i18n/index.js';
export { vocabulary, type Vocabulary } from '../i18n/vocabulary.js';
export { emit } from '../events.js';
export type * from '../events.js';
