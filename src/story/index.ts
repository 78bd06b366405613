/**
 * The story: its format, validation, loading and the facts derived from it.
 * Import from `fine-kit/story` to validate or read stories without any element.
 */
export * from './types.js';
export * from './errors.js';
export * from './dates.js';
export * from './text.js';
export * from './derive.js';
export { parseStory, MAX_DEPTH, MAX_ERRORS, type ParseResult } from './parse.js';
export { lintStory, knownCurrencies } from './lint.js';
export { checkStory } from './check.js';
export { loadStory, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, type LoadOptions } from './load.js';
export { splitStory, splitLanguages } from './split.js';
export { loadStoryIn, splitSource, splitPath } from './split-load.js';
export { ACTOR_KINDS, RELATION_KINDS, LAWS, FINE_STATUSES, CHANGE_KINDS } from './schema.js';
export * from './status.js';
export { LIMITS, ACTOR_MAP_MAX_DRAWN, ACTOR_MAP_MAX_DRAWN_RELATIONS } from './limits.js';
export { isSafeLink, isWebUrl, hasNoHiddenChars, hasNoLogin, HIDDEN_CHARS } from './url.js';
/** The schemas behind the format, to validate a single fine, quote… (`validate(schemas.Fine, x)`). */
export * as schemas from './schema.js';
export { validate, type Issue, type Schema, type SchemaDef, type Infer } from './schema-kit.js';
export { toJsonSchema, jsonSchemaOf, type JsonSchema } from './json-schema.js';
export { issueToError } from './parse.js';
