/**
 * What can be wrong with a story, as data: a JSON path, a code and its
 * parameters. The words come later, in the reader's language
 * (`describeStoryError` in `src/i18n`), so one validator serves every locale
 * and the command line alike.
 */
export type StoryErrorCode =
  // reading a file (`loadStory`): what probably happened, with the URL
  | 'json'
  | 'not-json'
  | 'html'
  | 'http'
  | 'not-found'
  | 'server-error'
  | 'network'
  | 'cors'
  | 'offline'
  | 'timeout'
  | 'too-large'
  | 'aborted'
  | 'bad-url'
  // reading a value (`parseStory`): what a script can hand over that JSON cannot hold
  | 'too-big'
  | 'unreadable'
  | 'cycle'
  | 'not-data'
  // shape
  | 'too-deep'
  | 'forbidden-key'
  | 'type'
  | 'required'
  | 'unknown-key'
  | 'enum'
  | 'id'
  | 'lang'
  | 'date-format'
  | 'date'
  | 'date-day'
  | 'url'
  | 'url-chars'
  | 'url-login'
  | 'currency'
  | 'country'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'sources'
  | 'non-negative'
  | 'positive'
  | 'not-finite'
  | 'at-most'
  | 'rate'
  | 'sha256'
  // meaning
  | 'duplicate-id'
  | 'unknown-ref'
  | 'end-before-start'
  | 'default-lang'
  | 'translation-of-original'
  | 'too-many-errors'
  // an element's own code failed on a story it accepted (a bug, contained)
  | 'render-failed';

/** What `checkStory` finds: errors before publishing, though an element can still show the story. */
export type StoryCheckCode =
  | 'history-before-fine'
  | 'history-order'
  | 'reduced-amount'
  | 'amount-not-reduced'
  | 'not-lower'
  | 'status-mismatch'
  | 'updated-missing'
  | 'changes-order'
  | 'change-after-updated';

/** Things that are allowed but probably not meant: shown by the validator, never fatal. */
export type StoryWarningCode =
  'missing-translation' | 'self-loop' | 'duplicate-relation' | 'unknown-currency' | 'source-before-fact';

export type Params = Record<string, string | number>;

export interface StoryError {
  /** JSON Pointer to the offending value (`/events/3/date`); `''` is the whole document. */
  path: string;
  code: StoryErrorCode;
  params: Params;
}

export interface StoryCheck {
  path: string;
  code: StoryCheckCode;
  params: Params;
}

export interface StoryWarning {
  path: string;
  code: StoryWarningCode;
  params: Params;
}

/** Longest value quoted whole in a message; longer ones are cut with "…". */
export const MAX_SHOWN = 80;

/**
 * `value` cut to `max` characters with "…" (never inside a surrogate pair),
 * so a 100,000-character key or URL cannot flood a message or an error view.
 */
export function clip(value: string, max = MAX_SHOWN): string {
  if (value.length <= max) return value;
  const end = /[\uD800-\uDBFF]/.test(value[max - 2] ?? '') ? max - 2 : max - 1;
  return value.slice(0, end) + '…';
}

/**
 * RFC 6901 JSON Pointer from path segments. A segment longer than
 * {@link MAX_SHOWN} is cut with "…": only a key no story may have is that
 * long, and the pointer is read by a person.
 */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + clip(String(s)).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** An error raised while loading a story, carrying the structured errors behind it. */
export class StoryLoadError extends Error {
  readonly errors: StoryError[];
  /** The absolute URL that was loaded, when the error came from loading one. */
  readonly url: string | undefined;
  constructor(errors: StoryError[], url?: string) {
    super(errors.map((e) => `${e.path || '/'}: ${e.code}`).join('; '));
    this.name = 'StoryLoadError';
    this.errors = errors;
    this.url = url;
  }
}
