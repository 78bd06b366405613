/**
 * Links in a story are written by a third party and end up in `<a href>`.
 * A story's URL must be one the browser parses the way a reader reads it:
 * - parsed by the URL parser (the WHATWG one the browser's links use),
 * - written `http://` or `https://` with a host: no `javascript:`, `data:`,
 *   relative or scheme-relative URLs, no backslash the parser would read as `/`,
 * - no invisible characters: no whitespace, C0/C1 controls, zero-width or
 *   bidi controls (U+202E can make `moc.elpmaxe` read as `example.com`),
 * - no user name or password (`https://bank.example@evil.example/`).
 */

/**
 * Characters a reader cannot see or that reorder the text around them, as
 * the inside of a regular expression's class: DEL and C1 controls, the soft
 * hyphen, the Arabic letter mark, zero-width characters, line and paragraph
 * separators, bidi embeddings, overrides and isolates, word joiners and the
 * byte order mark.
 */
export const INVISIBLE_CHARS =
  '\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF';

/** What no URL in a story may hold: whitespace, C0 controls and {@link INVISIBLE_CHARS}. */
export const HIDDEN_CHARS = new RegExp(`[\\s\\u0000-\\u001F${INVISIBLE_CHARS}]`);

/** The same characters, for a JSON Schema `pattern` (the schema cannot call the URL parser). */
export const URL_PATTERN = `^https?://[^${HIDDEN_CHARS.source.slice(1, -1)}]+$`;

/** True when `value` holds no character of {@link HIDDEN_CHARS}. */
export function hasNoHiddenChars(value: string): boolean {
  return !HIDDEN_CHARS.test(value);
}

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * True when `value` is written `http://…` or `https://…` without a backslash
 * (which the parser reads as a slash, and other tools do not) and the URL
 * parser reads it as an absolute `http:` or `https:` URL with a host.
 */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value) || value.includes('\\')) return false;
  const url = parse(value);
  return !!url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/** True when `value` names no user or password before its host. */
export function hasNoLogin(value: string): boolean {
  const url = parse(value);
  return !url || (url.username === '' && url.password === '');
}

/** Every check at once: what a link must pass before it becomes an `href`. */
export function isSafeLink(value: string): boolean {
  return hasNoHiddenChars(value) && isWebUrl(value) && hasNoLogin(value);
}
