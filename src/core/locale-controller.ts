import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  coreMessages,
  languageReady,
  packMessages,
  type CoreMessages,
  type LanguagePack,
  type LoadedWordTable,
  type WordTable,
} from '../i18n/index.js';
import { resolveDir, resolveLang, resolveScheme, watchLocale, type Direction } from './locale.js';

export type Theme = 'light' | 'dark' | 'auto';

export interface LocaleOptions {
  /** The language to speak when no `lang` attribute says one: the story's. */
  fallback?: () => string | undefined;
  /** `light`, `dark`, or `auto` (the default: follow a `data-theme` ancestor, the page's `color-scheme`, then the OS). */
  theme?: () => Theme;
}

/**
 * An element's language, direction and colour scheme, resolved the way an
 * article expects (its own `lang`/`dir`, else the nearest ancestor's across
 * shadow roots, else the story's language) and followed when the page
 * changes them; and its words in that language. Words other than English
 * load the first time an element speaks the language: until they have,
 * `pending` holds a promise, and the element shows its placeholder rather
 * than English.
 *
 * Brought up to date once per update (`hostUpdate`, or `sync()` from a
 * host's `willUpdate`, which Lit runs first). A host that observes its own
 * `lang` and `dir` attributes calls `changed()` when they change.
 */
export class LocaleController implements ReactiveController {
  /** The language the element speaks (a canonical BCP 47 tag). */
  lang = 'en';
  dir: Direction = 'ltr';
  /** `light` or `dark` when the theme or the page fixes it; null to follow the OS. */
  scheme: 'light' | 'dark' | null = null;
  /** Settles when the words (or code) this update needs have loaded; undefined when they are here. */
  pending?: Promise<void>;

  readonly #tables: WordTable[] = [];
  #unwatch?: () => void;
  #resolvedFor: unknown[] = [];
  #synced = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LocaleOptions = {},
  ) {
    host.addController(this);
  }

  /** Adds tables of words the element shows besides the core's: they load with it, per language. */
  use(...tables: WordTable[]): void {
    this.#tables.push(...tables.filter((t) => !this.#tables.includes(t)));
  }

  /** The core's words (loading, errors, sources…) in the element's language. */
  get messages(): CoreMessages {
    return coreMessages(this.lang);
  }

  /** The words of `table` in `lang` (default: the element's); English until they have loaded. */
  words<K extends keyof LanguagePack>(table: WordTable<K>, lang = this.lang): Required<LanguagePack>[K] {
    return packMessages(table, lang);
  }

  hostConnected(): void {
    this.#unwatch = watchLocale(() => this.changed());
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unwatch?.();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.#synced = false;
  }

  /** A `lang`, `dir` or `data-theme` attribute changed: resolve again and update. */
  changed(): void {
    this.#resolve();
    this.host.requestUpdate();
  }

  /** Once per update: resolves again when the story's language or the theme changed, and asks for the words. */
  sync(): void {
    if (this.#synced) return;
    this.#synced = true;
    const [fallback, theme] = [this.options.fallback?.(), this.options.theme?.() ?? 'auto'];
    // the story's language (arriving with the story) changes no colour scheme: that would read styles mid-render
    if (theme !== this.#resolvedFor[1]) this.#resolve();
    else if (fallback !== this.#resolvedFor[0]) this.#resolve(false);
    this.pending = undefined;
    this.need(this.lang);
  }

  /**
   * Makes this update wait for the words of `lang` too (a quote written in
   * the page speaks the page's language, not its own `lang`'s), or for
   * other `tables` than the element's (`errorWords`, when there is an error to show).
   */
  need(lang: string, tables: readonly (WordTable | LoadedWordTable)[] = this.#tables): void {
    const words = languageReady(lang, tables);
    if (words) this.wait(words);
  }

  /**
   * Makes this update wait for `loading` too, and update again when it has
   * settled: words, or code an element loads only when it needs it (the
   * actor map's simulation). Until then the element shows its placeholder.
   */
  wait(loading: Promise<unknown>): void {
    const done = loading.then(() => this.host.requestUpdate());
    const before = this.pending;
    this.pending = before ? Promise.all([before, done]).then(() => undefined) : done;
  }

  /** Resolves the language and direction, and the colour scheme unless told it cannot have changed. */
  #resolve(scheme = true): void {
    if (!this.host.isConnected) return;
    const fallback = this.options.fallback?.();
    const theme = this.options.theme?.() ?? 'auto';
    this.#resolvedFor = [fallback, theme];
    this.lang = resolveLang(this.host, fallback);
    this.dir = resolveDir(this.host, this.lang);
    if (scheme) this.scheme = theme === 'auto' ? resolveScheme(this.host) : theme;
  }
}
