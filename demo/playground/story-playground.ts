/**
 * The playground: a dropped, chosen or pasted file becomes a story in the
 * browser (src/import, the code behind `npx fine-kit import`), shown with
 * its problems, in the elements, and offered for download. Nothing leaves
 * the page.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import '../../src/index.js';
import { addShippedLanguages } from '../../src/i18n/all.js';
import { FINE_FIELDS, guessFinesMap, type FineField, type FinesMap } from '../../src/import/index.js';
import { convert, type Converted, type InputFile, type Options } from './convert.js';
import { fillIn, wordsFor } from './words.js';
import { playgroundSheet } from './styles.js';

// the import's messages name the validator's errors in the kit's words, for every language at once
addShippedLanguages();

const MAPPED: FineField[] = FINE_FIELDS.filter((f) => f !== 'id' && f !== 'source-title' && f !== 'note');
const DATE_FORMATS = ['', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD'];

export class StoryPlayground extends LitElement {
  static override properties = {
    language: { reflect: true },
    files: { attribute: false },
    options: { attribute: false },
    result: { state: true },
    dragging: { state: true },
  };

  // declared, and set in the constructor: the demo page is compiled without the
  // kit's tsconfig, where a class field would hide Lit's accessor
  /** The language of the playground's words and of the elements; `dir` follows it. */
  declare language: string;
  /** The files read last (set it to start with an example). */
  declare files: InputFile[];
  declare options: Options;
  declare private result?: Converted;
  declare private dragging: boolean;

  constructor() {
    super();
    this.language = 'en';
    this.files = [];
    this.options = { lang: '', source: '', dateFormat: '', currency: '', map: {} };
    this.dragging = false;
  }

  private download = '';
  private guessedFor = '';

  /**
   * Light DOM: the elements inside stay reachable from the page (a test, an
   * axe run, Storybook's smoke test), and the page's fonts and colours apply.
   */
  protected override createRenderRoot(): HTMLElement {
    const sheet = playgroundSheet();
    if (!document.adoptedStyleSheets.includes(sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return this;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('files') || changed.has('options')) this.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.download) URL.revokeObjectURL(this.download);
  }

  private run(): void {
    this.result = this.files.length ? convert(this.files, this.options) : undefined;
    // a new table: its columns guessed once, then the editor's choices stand
    const key = this.files.map((f) => f.name + f.text.length).join('|');
    if (this.result?.kind === 'fines' && this.result.header && this.guessedFor !== key) {
      this.guessedFor = key;
      this.options = { ...this.options, map: guessFinesMap(this.result.header) };
      this.result = convert(this.files, this.options);
    }
    if (this.download) URL.revokeObjectURL(this.download);
    const story = this.result?.story;
    this.download = story
      ? URL.createObjectURL(new Blob([JSON.stringify(story, null, 2) + '\n'], { type: 'application/json' }))
      : '';
  }

  /** Reads files given by a drop, a paste or the file picker. */
  async readFiles(list: FileList | readonly File[]): Promise<void> {
    const files = await Promise.all([...list].map(async (f) => ({ name: f.name, text: await f.text() })));
    if (files.length) this.files = files;
  }

  /** A file held over the drop zone: the zone shows it can take it (and the browser does not open it). */
  private onDragOver(e: DragEvent): void {
    e.preventDefault();
    this.dragging = true;
  }

  private onDragLeave(): void {
    this.dragging = false;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    if (e.dataTransfer?.files.length) void this.readFiles(e.dataTransfer.files);
  }

  private onPaste(e: ClipboardEvent): void {
    const files = e.clipboardData?.files;
    if (files?.length) {
      e.preventDefault();
      void this.readFiles(files);
      return;
    }
    const text = e.clipboardData?.getData('text/plain');
    if (text) {
      e.preventDefault();
      (e.target as HTMLTextAreaElement).value = text;
      this.files = [{ name: pastedName(text), text }];
    }
  }

  private onInput(e: Event): void {
    const text = (e.target as HTMLTextAreaElement).value;
    this.files = text.trim() ? [{ name: pastedName(text), text }] : [];
  }

  private set(option: keyof Omit<Options, 'map'>, value: string): void {
    this.options = { ...this.options, [option]: value };
  }

  private setColumn(field: FineField, column: string): void {
    const map: FinesMap = { ...this.options.map };
    if (column) map[field] = column;
    else delete map[field];
    this.options = { ...this.options, map };
  }

  override render() {
    const w = wordsFor(this.language);
    const dir = /^(ar|he|fa|ur)(-|$)/.test(this.language) ? 'rtl' : 'ltr';
    return html`<div lang=${this.language} dir=${dir}>
      <section aria-labelledby="playground-in">
        <h2 id="playground-in">${w.yourFile}</h2>
        <p>${w.intro}</p>
        <div
          class="drop ${this.dragging ? 'over' : ''}"
          @dragover=${this.onDragOver}
          @dragleave=${this.onDragLeave}
          @drop=${this.onDrop}
        >
          <p>${w.drop}</p>
          <label
            >${w.choose}
            <input
              type="file"
              multiple
              accept=".json,.csv,.tsv,.txt"
              @change=${(e: Event) => this.readFiles((e.target as HTMLInputElement).files ?? [])}
          /></label>
        </div>
        <label for="playground-paste">${w.paste}</label>
        <textarea
          id="playground-paste"
          dir="auto"
          spellcheck="false"
          @paste=${this.onPaste}
          @input=${this.onInput}
        ></textarea>
        ${this.renderSettings(w)}
      </section>
      ${this.renderResult(w, dir)}
    </div>`;
  }

  private renderSettings(w: ReturnType<typeof wordsFor>) {
    const kind = this.result?.kind;
    const langs = ['', 'ar', 'en', 'fr'];
    return html`<fieldset>
      <legend>${w.options}</legend>
      <label
        >${w.textLang}
        <select @change=${(e: Event) => this.set('lang', (e.target as HTMLSelectElement).value)}>
          ${langs.map((l) => html`<option value=${l} ?selected=${this.options.lang === l}>${l || w.auto}</option>`)}
        </select></label
      >
      ${
        kind === 'timelinejs' || kind === 'timelinejs-sheet'
          ? html`<label
              >${w.source}
              <input
                type="url"
                dir="ltr"
                .value=${this.options.source}
                @change=${(e: Event) => this.set('source', (e.target as HTMLInputElement).value.trim())}
            /></label>`
          : nothing
      }
      ${kind === 'fines' ? this.renderFinesOptions(w) : nothing}
    </fieldset>`;
  }

  private renderFinesOptions(w: ReturnType<typeof wordsFor>) {
    const header = this.result?.header ?? [];
    return html`<label
        >${w.dateFormat}
        <select @change=${(e: Event) => this.set('dateFormat', (e.target as HTMLSelectElement).value)}>
          ${DATE_FORMATS.map(
            (f) => html`<option value=${f} ?selected=${this.options.dateFormat === f}>${f || w.auto}</option>`,
          )}
        </select></label
      >
      <label
        >${w.currency}
        <input
          size="4"
          dir="ltr"
          placeholder="EUR"
          .value=${this.options.currency}
          @change=${(e: Event) => this.set('currency', (e.target as HTMLInputElement).value.trim().toUpperCase())}
      /></label>
      <fieldset>
        <legend>${w.columns}</legend>
        ${MAPPED.map(
          (field) =>
            html`<label
              ><code>${field}</code>
              <select @change=${(e: Event) => this.setColumn(field, (e.target as HTMLSelectElement).value)}>
                <option value="">${w.none}</option>
                ${header.map((h) => html`<option value=${h} ?selected=${this.options.map[field] === h}>${h}</option>`)}
              </select></label
            >`,
        )}
      </fieldset>`;
  }

  private renderResult(w: ReturnType<typeof wordsFor>, dir: string) {
    const r = this.result;
    const story = r?.story;
    const items = r?.items(this.language) ?? [];
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    const status = !r
      ? w.waiting
      : r.kind === 'unknown'
        ? `${w.kinds[r.kind]}. ${w.unreadable}`
        : !story
          ? `${w.kinds[r.kind]}. ${w.stopped}`
          : fillIn(w.status, {
              kind: w.kinds[r.kind],
              counts: fillIn(w.counts, {
                events: count(story.events),
                eras: count(story.eras),
                fines: count(story.fines),
                quotes: count(story.quotes),
                sources: count(story.sources),
              }),
              verdict: !r.valid ? w.invalid : items.some((i) => i.level === 'error') ? w.partial : w.valid,
            });
    return html`<section aria-labelledby="playground-out">
        <h2 id="playground-out">${w.result}</h2>
        <p role="status" class="status">${status}</p>
        ${
          items.length
            ? html`<ul class="issues" tabindex="0" aria-labelledby="playground-out">
                ${items.map(
                  (i) =>
                    html`<li class=${i.level}>
                      <strong>${i.level === 'error' ? w.error : w.warning}:</strong>
                      <code dir="ltr">${i.location}</code> ${i.message}
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${
          story
            ? html`<p>
                  <a class="download" href=${this.download} download=${`${story.id ?? 'story'}.json`}>${w.download}</a>
                </p>
                <details>
                  <summary>${w.json}</summary>
                  <pre tabindex="0">${JSON.stringify(story, null, 2)}</pre>
                </details>`
            : nothing
        }
      </section>
      ${story ? this.renderElements(story, w, dir) : nothing}`;
  }

  private renderElements(story: NonNullable<Converted['story']>, w: ReturnType<typeof wordsFor>, dir: string) {
    const lang = this.language;
    const has = (list: unknown) => Array.isArray(list) && list.length > 0;
    return html`<section class="elements" aria-labelledby="playground-elements">
      <h2 id="playground-elements">${w.elements}</h2>
      ${
        has(story.events) || !this.result?.valid
          ? html`<fine-timeline .story=${story} lang=${lang} dir=${dir}></fine-timeline>`
          : nothing
      }
      ${has(story.fines) ? html`<fine-comparison .story=${story} lang=${lang} dir=${dir}></fine-comparison>` : nothing}
      ${(has(story.quotes) ? story.quotes : []).map(
        (q) => html`<fine-quote .story=${story} quote=${q.id} lang=${lang} dir=${dir}></fine-quote>`,
      )}
      ${has(story.actors) ? html`<fine-actor-map .story=${story} lang=${lang} dir=${dir}></fine-actor-map>` : nothing}
    </section>`;
  }
}

/** A name for pasted text, so the report can say where a problem is. */
function pastedName(text: string): string {
  return text.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.csv';
}

/**
 * Defines `<story-playground>` once. Call it where the module is imported
 * only for its element: the package marks files outside src/ free of side
 * effects, so a production build (Storybook's) drops a bare import.
 */
export function defineStoryPlayground(): void {
  if (!customElements.get('story-playground')) customElements.define('story-playground', StoryPlayground);
}
defineStoryPlayground();

declare global {
  interface HTMLElementTagNameMap {
    'story-playground': StoryPlayground;
  }
}
