/**
 * The story's sources, built from the web addresses an import meets (links in
 * a text, a media URL, a fine's source column): one source per address, with
 * a stable id from the address itself.
 */
import type { Source } from '../story/types.js';
import { LIMITS } from '../story/schema.js';
import { IdMaker } from './ids.js';

export interface SourceHint {
  /** What the source is called: a link's words, a caption. */
  title?: string;
  /** Who published it: a media credit; the address's host otherwise. */
  publisher?: string;
  date?: string;
}

export class SourceBook {
  private readonly byUrl = new Map<string, Source>();
  private readonly ids = new IdMaker();

  constructor(private readonly lang: string) {}

  /** The id of the source at `url`, adding it the first time it is seen. */
  cite(url: string, hint: SourceHint = {}): string {
    const known = this.byUrl.get(url);
    if (known) return known.id;
    const parsed = safeUrl(url);
    const host = parsed?.hostname.replace(/^www\./, '') ?? '';
    const tail = parsed?.pathname.split('/').filter(Boolean).pop() ?? '';
    const id = this.ids.make(
      `${host.replace(/\.[a-z]+$/, '')} ${decodeSafe(tail).replace(/\.[a-z0-9]+$/i, '')}`,
      'source',
    );
    const title = clip(hint.title?.trim() || decodeSafe(tail) || host || url, LIMITS.shortText);
    const source: Source = {
      id,
      title: { [this.lang]: title },
      publisher: clip(hint.publisher?.trim() || host || url, LIMITS.shortText),
      url,
    };
    if (hint.date) source.date = hint.date;
    this.byUrl.set(url, source);
    return id;
  }

  get list(): Source[] {
    return [...this.byUrl.values()];
  }
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text).replace(/[-_+]+/g, ' ');
  } catch {
    return text;
  }
}

/** Cuts at a word boundary under `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}
