// How the import tests read a conversion: the story it made (the test fails
// when it made none) and a text in one language (the importers write each
// text as a record of languages, never a bare string). Typed, so the tests'
// other reads are checked (tsconfig.js.json).
import assert from 'node:assert/strict';

/** @typedef {import('../../dist/story/index.js').Story} Story */

/**
 * The story an import made.
 * @param {{ story?: Story }} result
 * @returns {Story}
 */
export function storyOf(result) {
  assert.ok(result.story, 'the import made no story');
  return result.story;
}

/**
 * A text's English; undefined when there is no text or it is not a record of languages.
 * @param {import('../../dist/story/index.js').Text | undefined} text
 */
export const en = (text) => (typeof text === 'object' ? text.en : undefined);

/**
 * `value`, which the test expects to be there: it fails when it is not.
 * @template T
 * @param {T | undefined | null} value
 * @param {string} [what] what is missing, for the failure message
 * @returns {T}
 */
export function must(value, what = 'a value') {
  assert.ok(value !== undefined && value !== null, `expected ${what}`);
  return value;
}
