/**
 * What every TimelineJS slide shares (title slide, event or era): its text
 * from HTML, its links and media as sources, and a warning for each part
 * the story cannot hold (display date, group, background, thumbnail).
 */
import { LIMITS } from '../story/schema.js';
import type { Issues } from './issues.js';
import { htmlToText, isWebUrl, oneLine } from './html.js';
import { SourceBook, clip } from './sources.js';
import type { Locate } from './timelinejs-date.js';

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface SlideContext {
  issues: Issues;
  locate: Locate;
  book: SourceBook;
}

export interface Slide {
  headline: string;
  body: string;
  /** Ids of the sources its links and media became. */
  sources: string[];
}

/** The keys the format documents for a slide; any other is reported. */
const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
]);

/** Text, media and the rest of a slide: what every kind of slide shares. */
export function readSlide(slide: Obj, ptr: string, ctx: SlideContext): Slide {
  const { issues, locate, book } = ctx;
  for (const key of Object.keys(slide)) {
    if (!SLIDE_KEYS.has(key)) issues.warn('unknown-key', locate(ptr), { key });
  }
  const autolink = slide['autolink'] !== false;
  const text = isObject(slide['text']) ? slide['text'] : {};
  const headlineHtml = typeof text['headline'] === 'string' ? htmlToText(text['headline'], { autolink }) : undefined;
  const bodyHtml = typeof text['text'] === 'string' ? htmlToText(text['text'], { autolink }) : undefined;
  const sources: string[] = [];
  for (const [part, field] of [
    [headlineHtml, 'headline'],
    [bodyHtml, 'text'],
  ] as const) {
    if (!part) continue;
    for (const link of part.links) sources.push(book.cite(link.url, { title: link.label }));
    if (part.dropped.length)
      issues.warn('embedded-dropped', locate(`${ptr}/text/${field}`), { tags: part.dropped.join(', ') });
  }
  sources.push(...readMedia(slide['media'], `${ptr}/media`, ctx));
  if (typeof slide['display_date'] === 'string' && slide['display_date'].trim()) {
    issues.warn('display-date', locate(`${ptr}/display_date`), { text: slide['display_date'].trim() });
  }
  if (typeof slide['group'] === 'string' && slide['group'].trim()) {
    issues.warn('group', locate(`${ptr}/group`), { group: slide['group'].trim() });
  }
  if (isObject(slide['background']) && Object.values(slide['background']).some((v) => v)) {
    issues.warn('background', locate(`${ptr}/background`));
  }
  let headline = oneLine(headlineHtml?.text ?? '');
  if (headline.length > LIMITS.shortText) {
    issues.warn('truncated', locate(`${ptr}/text/headline`), { max: LIMITS.shortText });
    headline = clip(headline, LIMITS.shortText);
  }
  let body = bodyHtml?.text ?? '';
  if (body.length > LIMITS.longText) {
    issues.warn('truncated', locate(`${ptr}/text/text`), { max: LIMITS.longText });
    body = clip(body, LIMITS.longText);
  }
  return { headline, body, sources: [...new Set(sources)] };
}

/** A media address is kept as a source (the story shows no pictures); an embed's links too. */
function readMedia(media: unknown, ptr: string, ctx: SlideContext): string[] {
  if (!isObject(media)) return [];
  const { issues, locate, book } = ctx;
  const plain = (key: string) => (typeof media[key] === 'string' ? htmlToText(media[key]) : undefined);
  const caption = plain('caption');
  const credit = plain('credit');
  const url = typeof media['url'] === 'string' ? media['url'].trim() : '';
  const sources: string[] = [];
  const title = oneLine(caption?.text || (media['title'] as string) || (media['alt'] as string) || '');
  if (isWebUrl(url)) {
    sources.push(book.cite(url, { title, publisher: oneLine(credit?.text ?? '') }));
    issues.warn('media-source', locate(`${ptr}/url`), { url });
  } else if (url) {
    const embed = htmlToText(url);
    for (const link of embed.links) sources.push(book.cite(link.url, { title: link.label }));
    issues.warn('media-not-url', locate(`${ptr}/url`), { text: clip(oneLine(embed.text) || url, 80) });
  }
  for (const part of [caption, credit])
    for (const link of part?.links ?? []) sources.push(book.cite(link.url, { title: link.label }));
  if (typeof media['link'] === 'string' && isWebUrl(media['link'].trim())) {
    sources.push(book.cite(media['link'].trim(), { title }));
  }
  if (typeof media['thumbnail'] === 'string' && media['thumbnail'].trim()) {
    issues.warn('media-extra', locate(`${ptr}/thumbnail`), { field: 'thumbnail' });
  }
  return sources;
}
