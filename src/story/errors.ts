/**
 * What can be wrong with a story, as data: a JSON path, a code and its
 * parameters. The words come later, in the reader's language
 * (`describeStoryError` in `src/i18n`), so one validator serves every locale
 * and the command line alike.
 */
export type StoryErrorCode =
  // reading
  | 'json'
  | 'http'
  | 'network'
  | 'timeout'
  | 'too-large'
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
  | 'currency'
  | 'country'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'sources'
  | 'non-negative'
  | 'positive'
  // meaning
  | 'duplicate-id'
  | 'unknown-ref'
  | 'end-before-start'
  | 'default-lang'
  | 'translation-of-original'
  | 'too-many-errors';

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

/** RFC 6901 JSON Pointer from path segments. */
export function pointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** An error raised while loading a story, carrying the structured errors behind it. */
export class StoryLoadError extends Error {
  readonly errors: StoryError[];
  constructor(errors: StoryError[]) {
    super(errors.map((e) => `${e.path || '/'}: ${e.code}`).join('; '));
    this.name = 'StoryLoadError';
    this.errors = errors;
  }
}
