/**
 * The vertical list, on a phone or wherever the timeline is narrow: part of
 * the page's flow (the page scrolls, not a box inside it), each event with
 * its date and its whole title, the details opening under the event. A long
 * story first shows its key events and a button to show all of them; a
 * very long one comes a page at a time.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../core/format.js';
import { keepTogether } from '../core/keep-together.js';
import { fill } from '../i18n/index.js';
import type { Era } from '../story/types.js';
import { eraSpan } from './layout.js';
import { indexOf, type Item, type TimelineActions, type TimelineView } from './model.js';
import { renderDetails } from './details.js';
import { dateText, isolated, langOf, text } from './text.js';

/** Events per page of the vertical list. */
export const PAGE = 50;

/** Above this many events, the vertical list first shows the key events only. */
export const LONG_LIST = 12;

export function renderList(v: TimelineView, on: TimelineActions): TemplateResult {
  const { list, locale, m } = v;
  const eras = v.prep.story.eras ?? [];
  const page = v.page < list.length ? v.page : 0;
  const end = Math.min(page + PAGE, list.length);
  const n = indexOf(v, v.current);
  const stop = n >= page && n < end ? n : page;
  const now = Date.now();
  let shown: Era | undefined;
  const more = (label: string, count: number, to: number) =>
    html`<button class="more" @click=${() => on.go(to)}>${fill(label, { n: formatNumber(count, locale) })}</button>`;
  return html`${page ? more(m.earlier, page, page - 1) : nothing}
    <ol class="list" part="list" aria-label=${m.events} @keydown=${on.keydown} @focusin=${on.focusin}>
      ${list.slice(page, end).map((it, k) => {
        const era = eras.find((e) => {
          const [a, b] = eraSpan(e, now);
          return it.t >= a && it.t < b;
        });
        const caption = era && era !== shown ? text(v, era.title) : undefined;
        shown = era;
        return html`<li class=${era ? 'in-era' : ''}>
          ${
            caption
              ? html`<p class="era-tag" part="era" lang=${langOf(caption)}>
                  ${isolated(caption.value)}${era!.end ? '' : ` (${m.ongoing})`}
                </p>`
              : nothing
          }${renderRow(v, on, it, page + k, page + k === stop)}${
            it.event.id === v.selected ? renderDetails(v, on, it.event) : nothing
          }
        </li>`;
      })}
    </ol>
    ${end < list.length ? more(m.later, list.length - end, end) : nothing}
    ${
      v.collapsed
        ? html`<button class="more all" aria-expanded="false" @click=${on.expand}>
            ${fill(m.showAll, { n: formatNumber(v.collapsed, locale) })}
          </button>`
        : nothing
    }`;
}

/** An event's row: its marker, date and whole title; a button that opens its details in place. */
function renderRow(v: TimelineView, on: TimelineActions, it: Item, n: number, tab: boolean) {
  const e = it.event;
  const selected = e.id === v.selected;
  return html`<button
    part="event"
    class="event i${e.importance ?? 2} ${e.dateNote ? 'uncertain' : ''}"
    data-id=${e.id}
    data-i=${n}
    data-j=${n}
    tabindex=${tab ? 0 : -1}
    aria-current=${selected ? 'true' : nothing}
    aria-expanded=${String(selected)}
    @click=${() => on.pick(e.id)}
  >
    <span class="dot"></span><time datetime=${e.date}>${dateText(e, v.locale)}</time
    ><span class="label" lang=${langOf(it.title)}>${isolated(keepTogether(it.title.value, it.title.lang))}</span
    ><span class="visually-hidden">${e.dateNote ? `${v.m.sep}${v.core.disputedDate}` : ''}</span>
  </button>`;
}
