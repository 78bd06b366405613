/**
 * The comparison's templates, as functions of its view model: the chart
 * (bars, the aggregate row, the axis, the key), the table of the same
 * figures, the notes on fines left out, and the view shown when nothing can
 * be charted. Every name, date and amount is its own bidi island (`<bdi>`,
 * or FSI…PDI inside a sentence), so "DPC، 12 مايو 2023" keeps its order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styled } from '../core/styled.js';
import { errorView } from '../core/views.js';
import { directionOf } from '../core/locale.js';
import { formatList, formatMoney, formatNumber, formatRatio, formatStoryDate } from '../core/format.js';
import { describeError, errorMessages, fill, type CoreMessages } from '../i18n/index.js';
import { describeFineStatus, describeFineStatusShort } from '../i18n/fine-status.js';
import { pickText, type PickedText } from '../story/text.js';
import { fineState } from '../story/status.js';
import type { Actor, Fine, Story } from '../story/types.js';
import type { Bar, ComparisonLayout, Problem, SortKind, Tick } from './layout.js';
import type { ComparisonMessages } from './messages.js';
import { moneyText, type MoneyStyle } from './amounts.js';

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
  /** The story, for the names of the courts in a fine's status. */
  story?: Story;
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
  /** On the list of bars: a click on a row selects its fine. */
  click: (e: Event) => void;
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

const money = (v: ComparisonView, value: number, style: MoneyStyle = 'compact') =>
  moneyText(value, v.layout.currency, v.locale, style);

/** An amount of `bar` in the chart's currency: approximate when converted, then the original amount. */
function amount(v: ComparisonView, bar: Bar, value: number, full = false): string {
  const shown = money(v, value, bar.converted ? 'approx' : full ? 'full' : 'compact');
  return bar.converted && value === bar.value
    ? `${shown} (${moneyText(bar.fine.amount.value, bar.fine.amount.currency, v.locale, full ? 'full' : 'compact')})`
    : shown;
}

/** A reduced or annulled fine: drawn in two parts, its status on its label. */
const cut = (bar: Bar) => bar.now < bar.value;

/**
 * The annotation's sentence, from its parts: the comparison, after the
 * highlighted fine's status when it no longer stands in full and `status`
 * is asked for (the table's caption; the chart shows it on the bar's label).
 */
function annotationText(v: ComparisonView, top: Bar, status = false): string {
  const { m, locale } = v;
  const a = v.layout.annotation!;
  const parts = {
    ratio: formatRatio(a.ratio, locale),
    times: formatNumber(a.ratio, locale, { maximumFractionDigits: a.ratio < 10 ? 1 : 0 }),
    name: names(v, a.other).company.value,
    amount: money(v, a.otherValue),
  };
  const template = a.kind === 'largest' ? (a.imposed ? m.largestImposed : m.largest) : m[a.kind];
  const compared = fill(template, parts);
  const comparison = a.imposed && a.kind !== 'largest' ? fill(m.imposed, { comparison: compared }) : compared;
  const said = status && cut(top) ? describeFineStatus(top.fine, v.story, locale) : undefined;
  return said ? fill(m.annotated, { status: inDirection(said, locale), comparison }) : comparison;
}

/**
 * `phrase`, written in `lang`, isolated in that language's direction. A
 * status with its court ("⁨أُلغيت في 12 مارس 2026⁩ (⁨محكمة…⁩)") has no strong
 * letter outside its own isolates: `fill`'s first-strong isolate would read
 * it left to right and put the court to the right of the status in Arabic.
 */
const inDirection = (phrase: string, lang: string) =>
  `${directionOf(lang) === 'rtl' ? '\u2067' : '\u2066'}${phrase}\u2069`;

const more = (v: ComparisonView, count: number) => fill(v.m.more, { count: formatNumber(count, v.locale) });
const total = (v: ComparisonView, rest: NonNullable<ComparisonLayout['rest']>) =>
  money(v, rest.total, rest.approx ? 'approx' : 'rounded');
const langOf = (t: PickedText) => (t.fallback ? t.lang : nothing);

export function renderChart(v: ComparisonView, on: ComparisonActions): TemplateResult {
  const { m, layout: l } = v;
  const caption = v.sort === 'date' ? m.byDate : m.byAmount;
  const rest = l.rest && `${more(v, l.rest.count)}${m.sep}${fill(m.total, { amount: total(v, l.rest) })}`;
  const tick = (t: Tick) =>
    html`<span class="tick" data-style=${styled({ '--at': t.at })}><bdi>${money(v, t.value)}</bdi></span>`;
  return html`<div class="comparison">
    <div class="tools">
      <button part="toggle" type="button" aria-pressed=${v.table} @click=${on.toggle}>${m.table}</button>
    </div>
    <div class="chart ${v.grown ? 'grown' : ''}" ?hidden=${v.table}>
      <div class="bars" role="listbox" aria-label=${caption} @keydown=${on.keydown} @click=${on.click}>
        ${l.bars.map((b) => renderBar(v, b))}
      </div>
      ${rest ? html`<p part="more" class="row more"><span></span><span>${rest}</span></p>` : nothing}
      <div class="row scale" aria-hidden="true">
        <span></span>
        <div part="axis" class="axis">${l.ticks.map(tick)}</div>
      </div>
      ${l.bars.some(cut) ? html`<p part="key" class="key"><span class="swatch"></span>${m.key}</p>` : nothing}
    </div>
    ${renderTable(v, caption)}${renderNotes(v)}
  </div>`;
}

/** The amount beside a bar: what stands, then what was imposed, struck, when they differ. */
function barValue(v: ComparisonView, bar: Bar): TemplateResult {
  const now = html`<bdi>${amount(v, bar, bar.now)}</bdi>`;
  if (!cut(bar)) return now;
  const imposed = html`<s><bdi>${amount(v, bar, bar.value)}</bdi></s>`;
  return bar.now > 0 ? html`${now} ${imposed}` : imposed;
}

function renderBar(v: ComparisonView, bar: Bar): TemplateResult {
  const { m, locale } = v;
  const { fine } = bar;
  const n = names(v, fine);
  const selected = fine.id === v.selected;
  const annotation = bar.highlight && v.layout.annotation ? annotationText(v, bar) : '';
  const reason = selected ? pickText(fine.reason, locale, v.storyLang) : undefined;
  const status = cut(bar) ? describeFineStatusShort(fine, locale) : undefined;
  const label = [
    `${n.company.value}${m.sep}${n.authority.value}${m.sep}${formatStoryDate(fine.date, locale)}: ${amount(v, bar, bar.value, true)}`,
    describeFineStatus(fine, v.story, locale),
    bar.highlight ? m.story : '',
    annotation,
    reason?.value,
  ]
    .filter(Boolean)
    .join(m.sep);
  const parts = ['bar', bar.highlight ? 'highlight' : '', cut(bar) ? (bar.standing ? 'reduced' : 'annulled') : ''];
  return html`<div class="row ${bar.highlight ? 'hl' : ''}">
    <span class="label" aria-hidden="true"
      ><bdi class="company" lang=${langOf(n.company)}>${n.company.value}</bdi
      ><span class="meta"
        ><bdi lang=${langOf(n.authority)}>${n.authority.value}</bdi>${m.sep}<bdi
          ><time datetime=${fine.date}>${formatStoryDate(fine.date, locale, 'short')}</time></bdi
        ></span
      >${status ? html`<bdi class="status">${status}</bdi>` : nothing}</span
    ><span class="track"
      ><span
        part=${parts.filter(Boolean).join(' ')}
        class="fill ${cut(bar) ? 'cut' : ''}"
        role="option"
        data-id=${fine.id}
        tabindex=${bar === v.stop ? 0 : -1}
        aria-selected=${selected}
        aria-label=${label}
        data-style=${styled({ '--w': bar.size, '--now': bar.value > 0 ? bar.now / bar.value : 1 })}
        >${cut(bar) && bar.now > 0 ? html`<span class="now"></span>` : nothing}</span
      ><span class="value" aria-hidden="true">${barValue(v, bar)}</span></span
    >${annotation ? html`<span part="annotation" class="sub" aria-hidden="true">${annotation}</span>` : nothing}
    ${reason ? html`<span class="sub reason" aria-hidden="true" lang=${langOf(reason)}>${reason.value}</span>` : ''}
  </div>`;
}

function renderTable(v: ComparisonView, caption: string): TemplateResult {
  const { m, layout: l, locale } = v;
  const hl = l.bars.find((b) => b.highlight);
  const statuses = l.bars.map((b) => describeFineStatus(b.fine, v.story, locale));
  const withStatus = statuses.some(Boolean);
  // hidden through a wrapper: Firefox paints a table's caption outside a clip set on the table itself
  return html`<div class=${v.table ? '' : 'visually-hidden'}>
    <table part="table">
      <caption>
        ${caption}${
          hl && l.annotation
            ? html`<br /><bdi>${names(v, hl.fine).company.value}</bdi>: ${annotationText(v, hl, true)}`
            : nothing
        }
      </caption>
      <thead>
        <tr>
          <th scope="col">${m.company}</th>
          <th scope="col">${m.authority}</th>
          <th scope="col">${m.date}</th>
          <th scope="col" class="num">${m.amount}</th>
          ${withStatus ? html`<th scope="col">${m.status}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${l.bars.map((bar, i) => {
          const n = names(v, bar.fine);
          return html`<tr class=${bar.highlight ? 'hl' : ''} data-id=${bar.fine.id}>
            <th scope="row">${n.fullCompany.value}${bar.highlight ? html` <small>(${m.story})</small>` : nothing}</th>
            <td>${n.fullAuthority.value}</td>
            <td><time datetime=${bar.fine.date}>${formatStoryDate(bar.fine.date, locale)}</time></td>
            <td class="num"><bdi>${amount(v, bar, bar.value, true)}</bdi></td>
            ${withStatus ? html`<td>${statuses[i]}</td>` : nothing}
          </tr>`;
        })}${
          l.rest
            ? html`<tr>
                <th scope="row" colspan="3">${more(v, l.rest.count)}</th>
                <td class="num"><bdi>${total(v, l.rest)}</bdi></td>
                ${withStatus ? html`<td></td>` : nothing}
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

/** Why a fine named in a note was left out: its error, its amount, or the day it was annulled. */
function why(v: ComparisonView, p: Problem, i: number, fine: Fine | undefined): string {
  const error = p.errors?.[i];
  if (error) return describeError(errorMessages(v.core.$lang), error);
  if (!fine || p.kind === 'conversion') return '';
  if (p.kind !== 'annulled') return formatMoney(fine.amount, v.locale);
  const since = fineState(fine)?.since;
  return since ? formatStoryDate(since, v.locale) : '';
}

function note(v: ComparisonView, p: Problem): string {
  const { m, locale } = v;
  const named = p.ids.slice(0, NAMED).map((id, i) => {
    const fine = v.byId.get(id);
    const name = fine ? names(v, fine).company.value : id;
    const reason = why(v, p, i, fine);
    return reason ? `${name} (${reason})` : name;
  });
  if (p.ids.length > NAMED) named.push(`+${formatNumber(p.ids.length - NAMED, locale)}`);
  const template = {
    invalid: m.invalid,
    currency: m.currency,
    conversion: m.conversion,
    'zero-log': m.zeroLog,
    annulled: m.annulled,
  }[p.kind];
  return fill(template, {
    list: named.join(m.sep),
    currencies: formatList(p.currencies ?? [], locale),
    currency: v.layout.currency,
  });
}
