/**
 * Ids for what an import creates: lowercase, unique, and the same on every
 * run for the same input, so links to `#story-event` survive a re-import.
 */
import { LIMITS } from '../story/schema.js';

/** Room left for a `-2` suffix under the format's id length limit. */
const MAX_SLUG = LIMITS.id - 8;

/** `"Amazon fined €746M!"` → `amazon-fined-746m`; letters lose their accents; other scripts drop out. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > MAX_SLUG / 2 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** A short stable digest (FNV-1a, base 36) for text that has no Latin letters to slug. */
export function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Hands out ids unique within one list: `base`, then `base-2`, `base-3`… in the order asked. */
export class IdMaker {
  private readonly used = new Set<string>();

  /** Marks an id as taken (one the input named itself). */
  take(id: string): void {
    this.used.add(id);
  }

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** An id from `text` (a headline, a name); `prefix-<digest>` when it has nothing to slug. */
  make(text: string, prefix: string): string {
    const base = slugify(text) || `${prefix}-${digest(text)}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
