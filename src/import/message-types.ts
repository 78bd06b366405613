/** The shape of the import's words; its own module so each language's table imports no code. */
import type { ImportCode } from './issues.js';

export interface ImportMessages {
  error: string;
  warning: string;
  /** The last line of a command's report. */
  summary: string;
  /** After the summary, when the story would not pass the validator. */
  invalid: string;
  /** After a few warnings of one kind. */
  more: string;
  /** The sentence for each code; `{name}` is filled from the params. */
  codes: Record<Exclude<ImportCode, 'invalid'>, string>;
}
