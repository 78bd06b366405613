/**
 * fine-kit: every element, registered. This is the CDN bundle's entry
 * (dist/cdn/fine-kit.js) and the package's main export. It exports what a
 * page needs at run time; the story tools (lint, schemas, derived facts) are
 * in `fine-kit/story`, the formatting and i18n helpers in `fine-kit/core`.
 */
export { FineElement, type LoadStatus, type Theme } from './core/fine-element.js';
export { defineElement } from './core/define.js';
export { VERSION } from './core/version.js';
export { parseStory, type ParseResult } from './story/parse.js';
export { loadStory, type LoadOptions } from './story/load.js';
export { StoryLoadError, type StoryError } from './story/errors.js';
export type * from './story/types.js';
// words in a language the kit does not ship (German, Spanish…), or a newsroom's own wording
export { addLanguage, KIT_LANGUAGES, type LanguagePack } from './i18n/index.js';
export type * from './events.js';

// The elements. Each registers itself on import; `fine-kit/<element>` imports one alone.
export { FineStory } from './story-provider/index.js';
export { FineTimeline } from './timeline/index.js';
export { FineQuote } from './quote/index.js';
export { FineComparison } from './comparison/index.js';
export { FineActorMap } from './actor-map/index.js';
