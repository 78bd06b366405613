import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FineElement } from '../core/fine-element.js';
import type { FineErrorDetail } from '../events.js';
import { baseStyles } from '../core/styles.js';
import { formatList, formatMoney, formatNumber, formatRatio, formatStoryDate } from '../core/format.js';
import { coreMessages, describeError, fill, packMessages, type WordTable } from '../i18n/index.js';
import { indexStory } from '../story/derive.js';
import { pickText, type PickedText } from '../story/text.js';
import type { StoryError } from '../story/errors.js';
import type { Fine, Story, Text } from '../story/types.js';
import {
  checkFines,
  layoutComparison,
  moveIndex,
  type Bar,
  type ComparisonLayout,
  type LawFilter,
  type Problem,
  type ScaleKind,
  type SortKind,
} from './layout.js';
import { comparisonMessages, type ComparisonMessages } from './messages.js';
import { comparisonStyles } from './styles.js';

/** Names shown for a fine: short on the bar, full in the table. */
interface Names {
  company: PickedText;
  authority: PickedText;
  fullCompany: PickedText;
  fullAuthority: PickedText;
}

/** Fines named in a note, at most this many; then "+N". */
const NAMED = 6;

/**
 * A horizontal bar chart that puts the story's fine among others: one bar
 * per fine, the story's fine highlighted, a computed "N× the next largest"
 * annotation, linear or log scale, and a real table with the same figures.
 *
 * Data: the story's `fines`, or a `fines` property (any list in the story's
 * Fine shape, validated fine by fine; it needs no story, and with one it
 * replaces the story's fines while the story still names actors and gives
 * conversions). Bars grow from the inline start (right to left in Arabic)
 * when the chart first scrolls into view, instantly under
 * `prefers-reduced-motion`.
 *
 * Labels: a bar shows its company and authority by their story actors'
 * short names (the reader's language) when the fine links to actors, else
 * the fine's own `company` and `authority`; the table gives the fine's full
 * names. Amounts are compact currency through `Intl`; the table has them in full.
 *
 * Bad data, visibly: a fine that fails the Fine schema (a negative or missing
 * amount), is in an unknown currency, in another currency the story gives no
 * conversion for (amounts in other currencies are converted with the story's
 * `conversions` when it has them), or is zero on a log scale is left out and
 * named in a localized note (`part="note"`) while the rest is charted. When
 * nothing is left to chart, the error view (`part="error"`) says why and
 * `fine-error` fires. An invalid story shows the base error view.
 *
 * Scale: at most `limit` bars (default 30, at most 200), the largest, with the
 * highlighted fine always shown; the others are summed in one aggregate row
 * (see `layout.ts`).
 *
 * @tagname fine-comparison
 * @summary Horizontal bars of fines, the story's fine highlighted, with a table of the same figures.
 * @fires fine-select - When the reader selects a bar (click, Enter or Space). `detail: { id }`, `null` when the selection is cleared.
 * @fires fine-ready - After the first render with fines; a fines-only chart fires it with `storyId: ''`.
 * @fires fine-error - When the story is invalid or no fine can be charted.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart bar - A bar (focusable, `role="option"`, `data-id` = the fine's id); the highlighted one is also `highlight`.
 * @csspart highlight - The highlighted fine's bar.
 * @csspart axis - The scale under the bars.
 * @csspart annotation - The "N× the next largest" text under the highlighted bar.
 * @csspart more - The aggregate row of fines beyond the limit.
 * @csspart table - The `<table>` with the same figures; visually hidden unless `view="table"`.
 * @csspart toggle - The button (`aria-pressed`) that shows the table instead of the chart.
 * @csspart note - A note naming fines left out of the chart, and why.
 * @csspart error - The error view.
 * @cssprop --fine-comparison-bar-color - Colour of the bars.
 * @cssprop --fine-comparison-highlight-color - Colour of the highlighted bar, its label and its annotation.
 * @cssprop --fine-comparison-bar-size - Thickness of a bar (default 1.25em).
 * @cssprop --fine-comparison-label-width - Width of the label column on a wide element (default 14em).
 * @cssprop --fine-comparison-duration - How long the bars take to grow (default 600ms; none under reduced motion).
 * @cssprop --fine-comparison-min-height - Height reserved before the story arrives (default 16rem).
 */
export class FineComparison extends FineElement {
  static override styles = [...baseStyles, comparisonStyles];

  static override properties: PropertyDeclarations = {
    fines: { attribute: false },
    highlight: {},
    compareTo: { attribute: 'compare-to' },
    scale: { reflect: true },
    sort: { reflect: true },
    law: {},
    limit: { type: Number },
    view: { reflect: true },
    selected: { reflect: true },
    grown: { state: true },
    current: { state: true },
  };

  /** Fines to chart instead of the story's, in the story's Fine shape; each is validated, bad ones are left out and named. */
  fines?: readonly Fine[];

  /** Id of the fine to highlight; default: the largest fine of the story's `mainActor`. */
  highlight?: string;

  /** Id of the fine the annotation compares the highlighted one with; default: the next largest. */
  compareTo?: string;

  /** `linear` (default) or `log`, which shows a €30M fine beside €1.2B. */
  scale: ScaleKind = 'linear';

  /** Order of the bars: `amount` (largest first, default) or `date` (oldest first). */
  sort: SortKind = 'amount';

  /** Only fines under this law: `gdpr`, `eprivacy` or `all` (default). */
  law: LawFilter = 'all';

  /** How many bars at most (default 30, at most 200); the highlighted fine is always one of them, the rest are summed. */
  limit?: number;

  /** `chart` (default) or `table`: the table of figures shown instead of the chart. The toggle sets it. */
  view: 'chart' | 'table' = 'chart';

  /** Id of the selected fine (reflected). Setting it from the page fires no event. */
  selected?: string;

  /** The bars have grown: the chart has been in view once. */
  private grown = typeof IntersectionObserver === 'undefined';
  /** The bar the keyboard is on: the roving tab stop. */
  private current?: string;

  private layout?: ComparisonLayout;
  private layoutFor: unknown[] = [];
  private byId = new Map<string, Fine>();
  private observer?: IntersectionObserver;
  private watched?: Element;

  /** The chart for `story` (or the `fines` property alone), cached on everything it depends on. */
  private compute(story?: Story): ComparisonLayout | undefined {
    const deps = [story, this.fines, this.scale, this.sort, this.law, this.limit, this.highlight, this.compareTo];
    if (deps.every((d, i) => d === this.layoutFor[i]) && this.layoutFor.length) return this.layout;
    this.layoutFor = deps;
    const checked = this.fines !== undefined ? checkFines(this.fines) : { fines: story?.fines ?? [], invalid: [] };
    this.byId = new Map(checked.fines.map((f) => [f.id, f]));
    const source = story || this.fines !== undefined;
    this.layout = source
      ? layoutComparison(checked.fines, {
          scale: this.scale,
          sort: this.sort,
          law: this.law,
          limit: this.limit,
          highlight: this.highlight,
          compareTo: this.compareTo,
          mainActor: story?.mainActor,
          conversions: story?.conversions,
          invalid: checked.invalid,
        })
      : undefined;
    return this.layout;
  }

  protected override checkStory(story: Story): StoryError[] {
    return this.compute(story)!.bars.length ? [] : [{ path: '/fines', code: 'empty', params: {} }];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.compute(this.status === 'ready' ? this.data : undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.watched = undefined;
  }

  protected override get wordTables(): readonly WordTable[] {
    return [comparisonMessages];
  }

  private get m(): ComparisonMessages {
    return packMessages(comparisonMessages, this.locale);
  }

  /** The names of `fine` in the reader's language, from the story's actors when the fine links to them. */
  private names(fine: Fine): Names {
    const story = this.status === 'ready' ? this.data : undefined;
    const actors = story && indexStory(story).actors;
    const pick = (t: Text) => pickText(t, this.locale, story?.lang ?? this.locale);
    const a = fine.actor ? actors?.get(fine.actor) : undefined;
    const b = fine.authorityActor ? actors?.get(fine.authorityActor) : undefined;
    return {
      company: pick(a ? (a.shortName ?? a.name) : fine.company),
      authority: pick(b ? (b.shortName ?? b.name) : fine.authority),
      fullCompany: pick(fine.company),
      fullAuthority: pick(fine.authority),
    };
  }

  private money(value: number, compact = true): string {
    return formatMoney({ value, currency: this.layout!.currency }, this.locale, compact);
  }

  /** "1.4× the next largest, TikTok (€530M)": the annotation's words. */
  private annotationText(l: ComparisonLayout): string {
    const a = l.annotation!;
    const name = this.names(a.other).company.value;
    return fill(a.kind === 'next' ? this.m.next : this.m.chosen, {
      ratio: formatRatio(a.ratio, this.locale),
      name,
      amount: this.money(a.otherValue),
    });
  }

  /** The amount a bar shows: in the chart's currency, and the original when converted. */
  private amount(bar: Bar, compact = true): string {
    const shown = this.money(bar.value, compact);
    return bar.converted ? `${shown} (${formatMoney(bar.fine.amount, this.locale, compact)})` : shown;
  }

  protected override renderStory(): unknown {
    return this.layout ? this.renderChart(this.layout) : nothing;
  }

  /** A fines-only chart (no story): the chart, its error view, or the placeholder. */
  protected override renderIdle(): unknown {
    const l = this.layout;
    if (!l) return super.renderIdle();
    return l.bars.length ? this.renderChart(l) : this.renderNothing(l);
  }

  /** Nothing can be charted from a valid story: say why, in the reader's language. */
  protected override renderError(): TemplateResult {
    return this.status === 'ready' && this.layout ? this.renderNothing(this.layout) : super.renderError();
  }

  private renderNothing(l: ComparisonLayout): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p class="error-title"><strong>${this.messages.errorTitle}</strong></p>
      <p>${this.m.nothing}</p>
      ${this.renderNotes(l)}
    </div>`;
  }

  private renderChart(l: ComparisonLayout): TemplateResult {
    const m = this.m;
    const table = this.view === 'table';
    const caption = this.sort === 'date' ? m.byDate : m.byAmount;
    const stop =
      l.bars.find((b) => b.fine.id === this.current) ??
      l.bars.find((b) => b.fine.id === this.selected) ??
      l.bars.find((b) => b.highlight) ??
      l.bars[0];
    // the rows past the limit, summed
    const rest = l.rest && `${this.more(l.rest.count)}${m.sep}${fill(m.total, { amount: this.money(l.rest.total) })}`;
    return html`<div class="comparison">
      <div class="tools">
        <button part="toggle" type="button" aria-pressed=${table} @click=${this.toggleView}>${m.table}</button>
      </div>
      <div class="chart ${this.grown ? 'grown' : ''}" ?hidden=${table}>
        <div class="bars" role="listbox" aria-label=${caption} @keydown=${this.onKey}>
          ${l.bars.map((b) => this.renderBar(l, b, b === stop))}
        </div>
        ${rest ? html`<p part="more" class="row more"><span></span><span>${rest}</span></p>` : nothing}
        <div class="row" aria-hidden="true">
          <span></span>
          <div part="axis" class="axis">
            ${l.ticks.map((t) => html`<span class="tick" data-at=${t.at}><span>${this.money(t.value)}</span></span>`)}
          </div>
        </div>
      </div>
      ${this.renderTable(l, caption, table)}${this.renderNotes(l)}
    </div>`;
  }

  private renderBar(l: ComparisonLayout, bar: Bar, tab: boolean): TemplateResult {
    const m = this.m;
    const { fine } = bar;
    const n = this.names(fine);
    const on = fine.id === this.selected;
    const annotation = bar.highlight && l.annotation ? this.annotationText(l) : '';
    const reason = on ? pickText(fine.reason, this.locale, this.data?.lang ?? this.locale) : undefined;
    const label = [
      `${n.company.value}${m.sep}${n.authority.value}${m.sep}${formatStoryDate(fine.date, this.locale)}: ${this.amount(bar, false)}`,
      bar.highlight ? m.story : '',
      annotation,
      reason?.value,
    ]
      .filter(Boolean)
      .join(m.sep);
    // eslint-disable-next-line lit-a11y/click-events-have-key-events -- keys select a row through the listbox (onKey)
    return html`<div class="row ${bar.highlight ? 'hl' : ''}" @click=${() => this.pick(fine.id)}>
      <span class="label" aria-hidden="true"
        ><span class="company" lang=${n.company.fallback ? n.company.lang : nothing}>${n.company.value}</span
        ><span class="meta"
          ><span lang=${n.authority.fallback ? n.authority.lang : nothing}>${n.authority.value}</span>${m.sep}<time
            datetime=${fine.date}
            >${formatStoryDate(fine.date, this.locale, 'short')}</time
          ></span
        ></span
      ><span class="track"
        ><span
          part=${bar.highlight ? 'bar highlight' : 'bar'}
          class="fill"
          role="option"
          data-id=${fine.id}
          tabindex=${tab ? 0 : -1}
          aria-selected=${on}
          aria-label=${label}
          data-w=${bar.size}
        ></span
        ><span class="value" aria-hidden="true">${this.amount(bar)}</span></span
      >${annotation ? html`<span part="annotation" class="sub" aria-hidden="true">${annotation}</span>` : nothing}
      ${
        reason
          ? html`<span class="sub reason" aria-hidden="true" lang=${reason.fallback ? reason.lang : nothing}
              >${reason.value}</span
            >`
          : nothing
      }
    </div>`;
  }

  private renderTable(l: ComparisonLayout, caption: string, shown: boolean): TemplateResult {
    const m = this.m;
    const hl = l.bars.find((b) => b.highlight);
    // hidden through a wrapper: Firefox paints a table's caption outside a clip set on the table itself
    return html`<div class=${shown ? '' : 'visually-hidden'}>
      <table part="table">
        <caption>
          ${caption}${
            hl && l.annotation ? html`<br />${this.names(hl.fine).company.value}: ${this.annotationText(l)}` : nothing
          }
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
          ${l.bars.map(({ fine, ...b }) => {
            const n = this.names(fine);
            return html`<tr class=${b.highlight ? 'hl' : ''} data-id=${fine.id}>
              <th scope="row">${n.fullCompany.value}${b.highlight ? html` <small>(${m.story})</small>` : nothing}</th>
              <td>${n.fullAuthority.value}</td>
              <td><time datetime=${fine.date}>${formatStoryDate(fine.date, this.locale)}</time></td>
              <td class="num">${this.amount({ fine, ...b }, false)}</td>
            </tr>`;
          })}${
            l.rest
              ? html`<tr>
                  <th scope="row" colspan="3">${this.more(l.rest.count)}</th>
                  <td class="num">${this.money(l.rest.total, false)}</td>
                </tr>`
              : nothing
          }
        </tbody>
      </table>
    </div>`;
  }

  /** One note per reason a fine was left out, naming the fines (the first few) in the reader's language. */
  private renderNotes(l: ComparisonLayout): unknown {
    const notes = l.problems.map((p) => this.note(l, p));
    if (l.conversions.length) {
      const rates = l.conversions.map(
        (c) =>
          `1 ${c.from} = ${formatNumber(c.rate, this.locale, { maximumFractionDigits: 4 })} ${c.to} (${formatStoryDate(c.date, this.locale)})`,
      );
      notes.push(fill(this.m.converted, { currency: l.currency, list: formatList(rates, this.locale, 'unit') }));
    }
    return notes.length
      ? html`<ul class="notes">
          ${notes.map((n) => html`<li part="note">${n}</li>`)}
        </ul>`
      : nothing;
  }

  private note(l: ComparisonLayout, p: Problem): string {
    const m = this.m;
    const core = coreMessages(this.locale);
    const named = p.ids.slice(0, NAMED).map((id, i) => {
      const fine = this.byId.get(id);
      const name = fine ? this.names(fine).company.value : id;
      const error = p.errors?.[i];
      const why = error
        ? describeError(core, error)
        : fine && p.kind !== 'conversion'
          ? formatMoney(fine.amount, this.locale)
          : '';
      return why ? `${name} (${why})` : name;
    });
    if (p.ids.length > NAMED) named.push(`+${formatNumber(p.ids.length - NAMED, this.locale)}`);
    const template = { invalid: m.invalid, currency: m.currency, conversion: m.conversion, 'zero-log': m.zeroLog }[
      p.kind
    ];
    return fill(template, {
      list: named.join(m.sep),
      currencies: formatList(p.currencies ?? [], this.locale),
      currency: l.currency,
    });
  }

  private more(count: number): string {
    return fill(this.m.more, { count: formatNumber(count, this.locale) });
  }

  private toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  /** Selects a fine as the reader did (selecting it again clears it) and fires `fine-select`. */
  private pick(id: string): void {
    const next = this.selected === id ? null : id;
    this.selected = next ?? undefined;
    this.current = id;
    this.emit('fine-select', { id: next });
    void this.focusBar(id);
  }

  private async focusBar(id: string): Promise<void> {
    this.current = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[part~="bar"][data-id="${id}"]`)?.focus();
  }

  private onKey(e: KeyboardEvent): void {
    const bars = this.layout!.bars;
    const id = (e.target as HTMLElement).dataset['id'];
    const i = bars.findIndex((b) => b.fine.id === id);
    if (i < 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.pick(id!);
      return;
    }
    const to = moveIndex(e.key, i, bars.length);
    if (to === undefined) return;
    e.preventDefault();
    void this.focusBar(bars[to]!.fine.id);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // geometry through the CSSOM, not style attributes, which a strict Content-Security-Policy blocks
    for (const e of this.renderRoot.querySelectorAll<HTMLElement>('[data-w],[data-at]')) {
      e.style.setProperty(e.dataset['w'] ? '--w' : '--at', e.dataset['w'] ?? e.dataset['at']!);
    }
    this.watch();
  }

  /** A chart given `fines` and no story: ready with a bar, else empty and why. */
  protected override storylessState(): 'ready' | FineErrorDetail | undefined {
    const l = this.layout;
    if (!l) return undefined;
    if (l.bars.length) return 'ready';
    const errors = l.problems.flatMap((p) => p.errors ?? []);
    return {
      errors: errors.length ? errors : [{ path: '/fines', code: 'empty', params: {} }],
      message: this.m.nothing,
    };
  }

  /** Grows the bars the first time the chart is in view. */
  private watch(): void {
    const chart = this.renderRoot.querySelector('.chart');
    if (this.grown || !chart || chart === this.watched) return;
    this.watched = chart;
    this.observer ??= new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.grown = true;
      this.observer!.disconnect();
    });
    this.observer.disconnect();
    this.observer.observe(chart);
  }
}
