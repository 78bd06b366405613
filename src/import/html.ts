/**
 * HTML (as TimelineJS allows in headlines, texts, captions and credits) to
 * the plain text a story holds: no markup survives, entities are decoded,
 * paragraphs and line breaks are kept as blank lines and newlines, links are
 * collected (they become the story's sources), and embedded media that has
 * no text form is named so the import can say it was left out.
 * htmlparser2 does the tokenizing and entity decoding, the same way in Node
 * and in a browser.
 */
import { Parser } from 'htmlparser2';

export interface Link {
  url: string;
  /** The link's own words, if any. */
  label: string;
}

export interface PlainText {
  text: string;
  links: Link[];
  /** Tags whose content cannot be text (`img`, `iframe`, `video`…), once each. */
  dropped: string[];
}

const PARAGRAPH = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'figure',
  'header',
  'footer',
  'pre',
  'hr',
]);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption']);
const CELL = new Set(['td', 'th']);
const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'object', 'embed', 'svg', 'canvas', 'picture']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/** Bare web addresses in text, as TimelineJS's autolink finds them; trailing punctuation is not part of them. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** Only http(s) links make sources; `mailto:`, `javascript:` and relative links do not. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url);
}

export function htmlToText(html: string, options: { autolink?: boolean } = {}): PlainText {
  const out: string[] = [];
  const links: Link[] = [];
  const dropped = new Set<string>();
  let skip = 0;
  let link: { url: string; start: number } | null = null;
  let listDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIPPED.has(name)) skip++;
        if (skip) return;
        // a list inside a list item goes on the next line (its items start one), not after a blank one
        if ((name === 'ul' || name === 'ol') && listDepth) out.push('');
        else if (PARAGRAPH.has(name)) out.push('\n\n');
        else if (LINE.has(name)) out.push('\n');
        else if (CELL.has(name)) out.push(' ');
        if (name === 'ul' || name === 'ol') listDepth++;
        if (name === 'li' && listDepth) out.push('• ');
        if (MEDIA.has(name)) dropped.add(name);
        if (name === 'a' && attribs['href'] && isWebUrl(attribs['href'].trim())) {
          link = { url: attribs['href'].trim(), start: out.length };
        }
      },
      ontext(text) {
        if (!skip) out.push(text.replace(/[ \t\r\n\f]+/g, ' '));
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
        if (PARAGRAPH.has(name)) out.push(listDepth ? '\n' : '\n\n');
        if (name === 'a' && link) {
          links.push({ url: link.url, label: tidy(out.slice(link.start).join('')).replace(/\s+/g, ' ') });
          link = null;
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const text = tidy(out.join(''));
  if (options.autolink !== false) {
    const known = new Set(links.map((l) => l.url));
    for (const [url] of text.matchAll(BARE_URL)) {
      if (!known.has(url)) links.push({ url, label: '' });
      known.add(url);
    }
  }
  return { text, links, dropped: [...dropped] };
}

/** Spaces trimmed at the ends of lines, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line: for headlines and titles, where a paragraph break means nothing. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ').trim();
}
