/**
 * Picking messages for a language (exact tag, then base language, then
 * English) and filling their templates.
 */
import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { CoreMessages, MessageTable, RefKind } from './types.js';
import type { StoryError } from '../story/errors.js';

export type { CoreMessages, MessageTable, RefKind } from './types.js';

const core: MessageTable<CoreMessages> = { en, ar, fr };

/** The entry of `table` for `lang` (`ar-EG` → `ar`), English when the kit does not speak it. */
export function pickMessages<T>(table: MessageTable<T>, lang: string): T {
  const tag = lang.toLowerCase();
  return table[tag] ?? table[tag.split('-')[0]!] ?? table.en;
}

export function coreMessages(lang: string): CoreMessages {
  return pickMessages(core, lang);
}

/** Languages the kit's own words exist in. */
export const KIT_LANGUAGES = Object.keys(core);

/**
 * Fills `{name}` placeholders. Values are wrapped in bidi isolates (FSI…PDI)
 * so a Latin path or URL inside an Arabic sentence keeps its punctuation
 * where it belongs.
 */
export function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => `\u2068${params[key] ?? ''}\u2069`);
}

/** An error as a sentence in the messages' language. */
export function describeError(m: CoreMessages, error: StoryError): string {
  const p: Record<string, string | number> = { ...error.params };
  if (error.code === 'type') {
    p['expected'] = m.types[p['expected']!] ?? p['expected']!;
    p['received'] = m.types[p['received']!] ?? p['received']!;
  }
  if (error.code === 'unknown-ref') p['kind'] = m.refKinds[p['kind'] as RefKind] ?? p['kind']!;
  return fill(m.errors[error.code], p);
}

/** "at /events/3/date", or the words for the whole document. */
export function describePath(m: CoreMessages, path: string): string {
  return path ? fill(m.at, { path }) : fill(m.at, { path: m.root });
}
