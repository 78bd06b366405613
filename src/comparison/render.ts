/**
 * The comparison's templates, as functions of its view model: the chart
 * (bars, the aggregate row, the axis), the table of the same figures, the
 * notes on fines left out, and the view shown when nothing can be charted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styled } from '../core/styled.js';
import { errorView } from '../core/views.js';
import { formatList, formatMoney, formatNumber, formatRatio, formatStoryDate } from '../core/format.js';
import { describeError, errorMessages, fill, type CoreMessages } from '../i18n/index.js';
import { pickText, type PickedText } from '../story/text.js';
import type { Actor, Fine } from '../story/types.js';
import type { Bar, ComparisonLayout, Problem, SortKind } from './layout.js';
import type { ComparisonMessages } from './messages.js';

/** Fines named in a note, at most this many; then "+N". */
const NAMED = 6;

/** Names shown for a fine: short on the bar, full in the table. */
export interface Names {
  company: PickedText;
  authority: PickedText;
  fullCompany: PickedText;
  fullAuthority: PickedText;
}

/** Everything the templates read: the layout, and the words and names for the reader. */
export interface ComparisonView {
  layout: ComparisonLayout;
  m: ComparisonMessages;
  core: CoreMessages;
  locale: string;
  /** The story's default language (the reader's when there is no story). */
  storyLang: string;
  /** The story's actors, to name a fine by them. */
  actors?: ReadonlyMap<string, Actor>;
  /** Every fine charted or named, by id (the notes name fines left out). */
  byId: ReadonlyMap<string, Fine>;
  sort: SortKind;
  table: boolean;
  grown: boolean;
  selected?: string;
  /** The bar that is the tab stop. */
  stop?: Bar;
}

/** What the reader can do. */
export interface ComparisonActions {
  pick: (id: string) => void;
  keydown: (e: KeyboardEvent) => void;
  toggle: () => void;
}

/** The names of `fine` in the reader's language, from the story's actors when the fine links to them. */
export function names(v: ComparisonView, fine: Fine): Names {
  const pick = (t: Parameters<typeof pickText>[0]) => pickText(t, v.locale, v.storyLang);
  const a = fine.actor ? v.actors?.get(fine.actor) : undefined;
  const b = fine.authorityActor ? v.actors?.get(fine.authorityActor) : undefined;
  return {
    company: pick(a ? (a.shortName ?? a.name) : fine.company),
    authority: pick(b ? (b.shortName ?? b.name) : fine.authority),
    fullCompany: pick(fine.company),
    fullAuthority: pick(fine.authority),
  };
}

const money = (v: ComparisonView, value: number, compact = true) =>
  formatMoney({ value, currency: v.layout.currency }, v.locale, compact);

/** The amount a bar shows: in the chart's currency, and the original when converted. */
function amount(v: ComparisonView, bar: Bar, compact = true): string {
  const shown = money(v, bar.value, compact);
  return bar.converted ? `${shown} (${formatMoney(bar.fine.amount, v.locale, compact)})` : shown;
}

/** "1.4× the next largest, TikTok (€530M)": the annotation's words. */
function annotationText(v: ComparisonView): string {
  const a = v.layout.annotation!;
  return fill(a.kind === 'next' ? v.m.next : v.m.chosen, {
    ratio: formatRatio(a.ratio, v.locale),
    name: names(v, a.other).company.value,
    amount: money(v, a.otherValue),
  });
}

const more = (v: ComparisonView, count: number) => fill(v.m.more, { count: formatNumber(count, v.locale) });
const langOf = (t: PickedText) => (t.fallback ? t.lang : nothing);

export function renderChart(v: ComparisonView, on: ComparisonActions): TemplateResult {
  const { m, layout: l } = v;
  const caption = v.sort === 'date' ? m.byDate : m.byAmount;
  return html`<div class="comparison">
    <div class="tools">
      <button part="toggle" type="button" aria-pressed=${v.table} @click=${on.toggle}>${m.table}</button>
    </div>
    <div class="chart ${v.grown ? 'grown' : ''}" ?hidden=${v.table}>
      <div class="bars" role="listbox" aria-label=${caption} @keydown=${on.keydown}>
        ${l.bars.map((b) => renderBar(v, b, on))}
      </div>
      ${l.rest ? html`<p part="more" class="row more"><span></span><span>${more(v, l.rest.count)}${m.sep}${fill(m.total, { amount: money(v, l.rest.total) })}</span></p>` : nothing}
      <div class="row" aria-hidden="true">
        <span></span>
        <div part="axis" class="axis">
          ${l.ticks.map((t) => html`<span class="tick" data-style=${styled({ '--at': t.at })}><span>${money(v, t.value)}</span></span>`)}
        </div>
      </div>
    </div>
    ${renderTable(v, caption)}${renderNotes(v)}
  </div>`;
}

function renderBar(v: ComparisonView, bar: Bar, on: ComparisonActions): TemplateResult {
  const { m, locale } = v;
  const { fine } = bar;
  const n = names(v, fine);
  const selected = fine.id === v.selected;
  const annotation = bar.highlight && v.layout.annotation ? annotationText(v) : '';
  const reason = selected ? pickText(fine.reason, locale, v.storyLang) : undefined;
  const label = [
    `${n.company.value}${m.sep}${n.authority.value}${m.sep}${formatStoryDate(fine.date, locale)}: ${amount(v, bar, false)}`,
    bar.highlight ? m.story : '',
    annotation,
    reason?.value,
  ]
    .filter(Boolean)
    .join(m.sep);
  return html`<div class="row ${bar.highlight ? 'hl' : ''}" @click=${() => on.pick(fine.id)}>
    <span class="label" aria-hidden="true"
      ><span class="company" lang=${langOf(n.company)}>${n.company.value}</span
      ><span class="meta"
        ><span lang=${langOf(n.authority)}>${n.authority.value}</span>${m.sep}<time datetime=${fine.date}
          >${formatStoryDate(fine.date, locale, 'short')}</time
        ></span
      ></span
    ><span class="track"
      ><span
        part=${bar.highlight ? 'bar highlight' : 'bar'}
        class="fill"
        role="option"
        data-id=${fine.id}
        tabindex=${bar === v.stop ? 0 : -1}
        aria-selected=${selected}
        aria-label=${label}
        data-style=${styled({ '--w': bar.size })}
      ></span
      ><span class="value" aria-hidden="true">${amount(v, bar)}</span></span
    >${annotation ? html`<span part="annotation" class="sub" aria-hidden="true">${annotation}</span>` : nothing}
    ${reason ? html`<span class="sub reason" aria-hidden="true" lang=${langOf(reason)}>${reason.value}</span>` : nothing}
  </div>`;
}

function renderTable(v: ComparisonView, caption: string): TemplateResult {
  const { m, layout: l, locale } = v;
  const hl = l.bars.find((b) => b.highlight);
  // hidden through a wrapper: Firefox paints a table's caption outside a clip set on the table itself
  return html`<div class=${v.table ? '' : 'visually-hidden'}>
    <table part="table">
      <caption>
        ${caption}${hl && l.annotation ? html`<br />${names(v, hl.fine).company.value}: ${annotationText(v)}` : nothing}
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.company}</th>
          <th scope="col">${m.authority}</th>
          <th scope="col">${m.date}</th>
          <th scope="col" class="num">${m.amount}</th>
        </tr>
      </thead>
      <tbody>
        ${l.bars.map((bar) => {
          const n = names(v, bar.fine);
          return html`<tr class=${bar.highlight ? 'hl' : ''} data-id=${bar.fine.id}>
            <th scope="row">${n.fullCompany.value}${bar.highlight ? html` <small>(${m.story})</small>` : nothing}</th>
            <td>${n.fullAuthority.value}</td>
            <td><time datetime=${bar.fine.date}>${formatStoryDate(bar.fine.date, locale)}</time></td>
            <td class="num">${amount(v, bar, false)}</td>
          </tr>`;
        })}${
          l.rest
            ? html`<tr>
                <th scope="row" colspan="3">${more(v, l.rest.count)}</th>
                <td class="num">${money(v, l.rest.total, false)}</td>
              </tr>`
            : nothing
        }
      </tbody>
    </table>
  </div>`;
}

/** Nothing can be charted: say why, in the reader's language. */
export function renderNothing(v: ComparisonView): TemplateResult {
  return errorView(
    v.core,
    [],
    html`<p>${v.m.nothing}</p>
      ${renderNotes(v)}`,
  );
}

/** One note per reason a fine was left out, naming the fines (the first few) in the reader's language. */
function renderNotes(v: ComparisonView): unknown {
  const { layout: l, locale } = v;
  const notes = l.problems.map((p) => note(v, p));
  if (l.conversions.length) {
    const rates = l.conversions.map(
      (c) =>
        `1 ${c.from} = ${formatNumber(c.rate, locale, { maximumFractionDigits: 4 })} ${c.to} (${formatStoryDate(c.date, locale)})`,
    );
    notes.push(fill(v.m.converted, { currency: l.currency, list: formatList(rates, locale, 'unit') }));
  }
  return notes.length
    ? html`<ul class="notes">
        ${notes.map((n) => html`<li part="note">${n}</li>`)}
      </ul>`
    : nothing;
}

function note(v: ComparisonView, p: Problem): string {
  const { m, locale } = v;
  const named = p.ids.slice(0, NAMED).map((id, i) => {
    const fine = v.byId.get(id);
    const name = fine ? names(v, fine).company.value : id;
    const error = p.errors?.[i];
    const why = error
      ? describeError(errorMessages(v.core.$lang), error)
      : fine && p.kind !== 'conversion'
        ? formatMoney(fine.amount, locale)
        : '';
    return why ? `${name} (${why})` : name;
  });
  if (p.ids.length > NAMED) named.push(`+${formatNumber(p.ids.length - NAMED, locale)}`);
  const template = { invalid: m.invalid, currency: m.currency, conversion: m.conversion, 'zero-log': m.zeroLog }[
    p.kind
  ];
  return fill(template, {
    list: named.join(m.sep),
    currencies: formatList(p.currencies ?? [], locale),
    currency: v.layout.currency,
  });
}
