import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FineElement } from '../core/fine-element.js';
import { RovingController } from '../core/roving-controller.js';
import { memo } from '../core/memo.js';
import { styled } from '../core/styled.js';
import { baseStyles } from '../core/styles.js';
import { vocabulary } from '../i18n/vocabulary.js';
import type { FineErrorDetail } from '../events.js';
import { indexStory } from '../story/derive.js';
import type { StoryError } from '../story/errors.js';
import type { Fine, Story } from '../story/types.js';
import {
  checkFines,
  layoutComparison,
  MAX_BARS,
  moveIndex,
  type LawFilter,
  type ScaleKind,
  type SortKind,
  type StatusFilter,
} from './layout.js';
import { comparisonMessages } from './messages.js';
import { errorWords } from '../i18n/index.js';
import { renderChart, renderNothing, type ComparisonView } from './render.js';
import { comparisonStyles } from './styles.js';
import { TickFitController } from './tick-fit.js';

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
 * Status: a fine a court annulled or reduced keeps its bar at the amount
 * imposed, hatched for the part no longer due (an annulled fine is all
 * hatch, a reduced one solid up to the reduced amount), with its status and
 * date on its label, the reduced amount beside the original, and a key;
 * the table has a column of statuses. The annotation never calls an
 * annulled fine the largest: it says its status and compares it, as
 * imposed, with the largest fine that still stands (or the one `compare-to`
 * names). `status="standing"` shows only the fines that still stand.
 *
 * Scale: at most `limit` bars (default 30, at most 200), the largest, with the
 * highlighted fine always shown; the others are summed in one aggregate row
 * (see `layout.ts`), rounded to three significant digits ("≈" when some were
 * converted from another currency). Tick labels that would overlap at the
 * element's width are thinned (every second, third… label kept).
 *
 * Height: a page that knows its chart's height sets
 * `--fine-comparison-min-height` (per width, per language if need be): the
 * element keeps it, loading and shown, and nothing on the page moves. Without
 * it, the element estimates from `limit` while the story loads:
 * `limit × 3.5em + 10.5em`, or `limit × 4.6em + 13em` below 32rem of width,
 * where a label sits above its bar (else 16rem); once shown, its height is
 * its content's, so nothing is left blank under it (what follows moves by the
 * estimate's error, within 12 % for the Amazon story). The estimate is the
 * chart's: the caption, credit and "Updated" line come with the story and
 * add theirs (a page's own height counts them, or `no-caption`, `no-credit`,
 * `no-updated` hide them).
 *
 * @tagname fine-comparison
 * @summary Horizontal bars of fines, the story's fine highlighted, with a table of the same figures.
 * @fires fine-select - When the reader selects a bar (click, Enter or Space). `detail: { id }`, `null` when the selection is cleared.
 * @fires fine-ready - After the first render with fines; a fines-only chart fires it with `storyId: ''`.
 * @fires fine-error - When the story is invalid or no fine can be charted.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart bar - A bar (focusable, `role="option"`, `data-id` = the fine's id); the highlighted one is also `highlight`, a fine annulled or reduced on appeal also `annulled` or `reduced`.
 * @csspart highlight - The highlighted fine's bar.
 * @csspart axis - The scale under the bars.
 * @csspart annotation - The "N× the next largest" text under the highlighted bar.
 * @csspart more - The aggregate row of fines beyond the limit.
 * @csspart table - The `<table>` with the same figures; visually hidden unless `view="table"`.
 * @csspart toggle - The button (`aria-pressed`) that shows the table instead of the chart.
 * @csspart key - The key to the hatching, shown when a bar has some.
 * @csspart note - A note naming fines left out of the chart, and why.
 * @csspart error - The error view.
 * @cssprop --fine-comparison-bar-color - Colour of the bars.
 * @cssprop --fine-comparison-highlight-color - Colour of the highlighted bar, its label and its annotation.
 * @cssprop --fine-comparison-bar-size - Thickness of a bar (default 1.25em).
 * @cssprop --fine-comparison-label-width - Width of the label column on a wide element (default 14em).
 * @cssprop --fine-comparison-duration - How long the bars take to grow (default 600ms; none under reduced motion).
 * @cssprop --fine-comparison-min-height - The element's height (the chart, and the caption, credit and "Updated"
 *   line shown), kept before and after the story arrives (default: none; while loading, an estimate of the chart from
 *   `limit`, else 16rem).
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
    status: {},
    limit: { type: Number },
    view: { reflect: true },
    selected: { reflect: true },
    grown: { state: true },
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

  /** `all` (default), or `standing`: only the fines that still stand, none a court annulled (named in a note). */
  status: StatusFilter = 'all';

  /** How many bars at most (default 30, at most 200); the highlighted fine is always one of them, the rest are summed. */
  limit?: number;

  /** `chart` (default) or `table`: the table of figures shown instead of the chart. The toggle sets it. */
  view: 'chart' | 'table' = 'chart';

  /** Id of the selected fine (reflected). Setting it from the page fires no event. */
  selected?: string;

  /** The bars have grown: the chart has been in view once. */
  private grown = typeof IntersectionObserver === 'undefined';
  #observer?: IntersectionObserver;
  #watched?: Element;

  readonly #roving = new RovingController(this, {
    items: '[part~="bar"]',
    selected: () => this.selected,
    select: (id) => (this.selected = id),
  });

  /** The view model, built in willUpdate: undefined with neither a story nor `fines`. */
  #model?: ComparisonView;

  /** The chart for `story` (or the `fines` property alone), kept while nothing it depends on changes. */
  readonly #chart = memo(
    (
      story: Story | undefined,
      fines: readonly Fine[] | undefined,
      scale: ScaleKind,
      sort: SortKind,
      law: LawFilter,
      status: StatusFilter,
      limit: number | undefined,
      highlight: string | undefined,
      compareTo: string | undefined,
    ) => {
      if (!story && fines === undefined) return undefined;
      const checked = fines !== undefined ? checkFines(fines) : { fines: story?.fines ?? [], invalid: [] };
      const layout = layoutComparison(checked.fines, {
        scale,
        sort,
        law,
        status,
        limit,
        highlight,
        compareTo,
        mainActor: story?.mainActor,
        conversions: story?.conversions,
        invalid: checked.invalid,
      });
      return { layout, byId: new Map(checked.fines.map((f) => [f.id, f])) };
    },
  );

  constructor() {
    super();
    this.i18n.use(comparisonMessages, vocabulary);
    this.addController(new TickFitController(this, () => this.#model?.layout.ticks.map((t) => t.at)));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const story = this.loader.status === 'ready' ? this.loader.story : undefined;
    const chart = this.#chart(
      story,
      this.fines,
      this.scale,
      this.sort,
      this.law,
      this.status,
      this.limit,
      this.highlight,
      this.compareTo,
    );
    if (!chart) {
      this.#model = undefined;
      return;
    }
    const { bars, problems } = chart.layout;
    // the notes on fines left out describe their errors: those words load when needed
    if (problems.some((p) => p.errors?.length)) this.i18n.need(this.locale, [errorWords]);
    const current = this.#roving.current;
    this.#model = {
      ...chart,
      m: this.i18n.words(comparisonMessages),
      core: this.i18n.messages,
      locale: this.locale,
      storyLang: story?.lang ?? this.locale,
      story,
      actors: story && indexStory(story).actors,
      sort: this.sort,
      table: this.view === 'table',
      grown: this.grown,
      selected: this.selected,
      stop:
        bars.find((b) => b.fine.id === current) ??
        bars.find((b) => b.fine.id === this.selected) ??
        bars.find((b) => b.highlight) ??
        bars[0],
    };
  }
  protected override checkStory(): StoryError[] {
    return this.#model?.layout.bars.length ? [] : [{ path: '/fines', code: 'empty', params: {} }];
  }

  /** A fines-only chart (no story), or a story with nothing to chart: the chart or why not; else the base's views. */
  protected override renderContent(): unknown {
    const v = this.#model;
    const { status } = this.loader;
    if (!v || this.i18n.pending || (status !== 'ready' && status !== 'idle')) {
      // the reservation while the story loads: `limit` bars when the page says how many (see the class's doc)
      const rows = this.limit ? Math.min(MAX_BARS, Math.max(1, Math.floor(this.limit))) : undefined;
      return html`<div class="reserve ${rows ? 'rows' : ''}" data-style=${rows ? styled({ '--_rows': rows }) : nothing}>
        ${super.renderContent()}
      </div>`;
    }
    const actions = { click: this.#onClick, keydown: this.#onKey, toggle: this.#toggleView };
    return v.layout.bars.length ? renderChart(v, actions) : renderNothing(v);
  }

  protected override renderStory(): unknown {
    return this.#model
      ? renderChart(this.#model, { click: this.#onClick, keydown: this.#onKey, toggle: this.#toggleView })
      : null;
  }

  /** A chart given `fines` and no story: ready with a bar, else empty and why. */
  protected override storylessState(): 'ready' | FineErrorDetail | undefined {
    const l = this.#model?.layout;
    if (!l) return undefined;
    if (l.bars.length) return 'ready';
    const errors = l.problems.flatMap((p) => p.errors ?? []);
    return {
      errors: errors.length ? errors : [{ path: '/fines', code: 'empty', params: {} }],
      message: this.i18n.words(comparisonMessages).nothing,
    };
  }

  readonly #toggleView = (): void => {
    this.view = this.view === 'table' ? 'chart' : 'table';
  };

  /** Selects a fine as the reader did (selecting it again clears it) and fires `fine-select`. */
  readonly #pick = (id: string): void => {
    this.#roving.select(this.selected === id ? null : id);
    void this.#roving.focus(id);
  };

  /** A click anywhere on a bar's row (its label, its amount) selects it, as Enter on the bar does. */
  readonly #onClick = (e: Event): void => {
    const id = (e.target as Element).closest('.row')?.querySelector<HTMLElement>('[data-id]')?.dataset['id'];
    if (id) this.#pick(id);
  };

  readonly #onKey = (e: KeyboardEvent): void => {
    const bars = this.#model!.layout.bars;
    const id = (e.target as HTMLElement).dataset['id'];
    const i = bars.findIndex((b) => b.fine.id === id);
    if (i < 0) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#pick(id!);
      return;
    }
    const to = moveIndex(e.key, i, bars.length);
    if (to === undefined) return;
    e.preventDefault();
    void this.#roving.focus(bars[to]!.fine.id);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#watched = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#watch();
  }

  /** Grows the bars the first time the chart is in view. */
  #watch(): void {
    const chart = this.renderRoot.querySelector('.chart');
    if (this.grown || !chart || chart === this.#watched) return;
    this.#watched = chart;
    this.#observer ??= new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.grown = true;
      this.#observer!.disconnect();
    });
    this.#observer.disconnect();
    this.#observer.observe(chart);
  }
}
