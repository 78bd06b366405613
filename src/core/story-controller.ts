import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { parseStory, type ParseResult } from '../story/parse.js';
import { loadStoryIn } from '../story/split-load.js';
import { pageLang } from './locale.js';
import { StoryLoadError, type StoryError } from '../story/errors.js';
import type { Story } from '../story/types.js';
import { storyContext, type StoryContextValue } from './context.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where a story stands: what an element shows follows from it. */
export interface StoryState {
  /** `idle`: no source at all; `loading`: fetching `src` (or waiting for `<fine-story>`); `ready`; `error`. */
  status: LoadStatus;
  /** The valid story, when `ready`. */
  story?: Story;
  /** What is wrong, when `error`: loading and validation errors with their JSON paths. */
  errors: StoryError[];
}

/** An element a story controller serves: its `story` and `src` properties are the sources it reads. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  story?: unknown;
  /** With `src`: fetch the reader's language's file (`story.ar.json`), see `split-load.ts`. */
  split?: string | null;
}

// Parsed results by input, so several elements given one object, or one
// inline text, validate it once. An object's result lives as long as the
// object. A text's result is held by the controllers showing it (`shown`) and
// only weakly here: inline texts that differ on each mount would otherwise
// stay cached for the page's life.
const parsedObjects = new WeakMap<object, ParseResult>();
const parsedTexts = new Map<string, WeakRef<ParseResult>>();
const shown = new WeakMap<StoryController, ParseResult>();
const forgetText = new FinalizationRegistry<string>((text) => {
  // the same text may have been parsed again since this result was dropped
  if (!parsedTexts.get(text)?.deref()) parsedTexts.delete(text);
});

/** `parseStory`, once per object, and once per text while an element shows its result. */
export function parseCached(input: unknown): ParseResult {
  if (typeof input === 'string') {
    let result = parsedTexts.get(input)?.deref();
    if (!result) {
      result = parseStory(input);
      parsedTexts.set(input, new WeakRef(result));
      forgetText.register(result, input);
    }
    return result;
  }
  if (!input || typeof input !== 'object') return parseStory(input);
  let result = parsedObjects.get(input);
  if (!result) parsedObjects.set(input, (result = parseStory(input)));
  return result;
}

/**
 * Finds an element's story and keeps `{ status, story, errors }` current.
 * The sources, first found first used: the host's `story` property, its `src`
 * URL, an inline `<script type="application/json">` child, the story of an
 * enclosing `<fine-story>` (through @lit/context). Objects and texts are
 * validated once however many elements show them; a fetch that a newer
 * `src` overtook is dropped. The host updates whenever the state changes.
 *
 * The state is brought up to date once per update, before render
 * (`hostUpdate`). Lit runs a host's `willUpdate` before its controllers, so
 * a host that derives from the story there calls `sync()` first.
 */
export class StoryController implements ReactiveController, StoryState {
  status: LoadStatus = 'idle';
  story?: Story;
  errors: StoryError[] = [];

  #provided?: StoryContextValue;
  #inline?: string;
  /** The `src` being fetched (or fetched last), with its language when split: a newer one drops its result. */
  #fetching?: string;
  #inputs: unknown[] = [];

  constructor(private readonly host: StoryHost) {
    host.addController(this);
    new ContextConsumer(host, {
      context: storyContext,
      subscribe: true,
      callback: (value) => {
        this.#provided = value;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    this.#inline = this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Resolves the sources again if any changed since the last call; cheap when none did. */
  sync(): void {
    const { story, src, split } = this.host;
    // the reader's language decides the file only with `split`; a change of `lang` then fetches another
    const lang = src && split != null ? pageLang(this.host) : null;
    const inputs = [story, src, this.#inline, this.#provided, split, lang];
    if (inputs.every((value, i) => value === this.#inputs[i]) && this.#inputs.length) return;
    this.#inputs = inputs;
    shown.delete(this);
    if (story !== undefined && story !== null) this.#parsed(parseCached(story));
    else if (src) {
      const key = `${src}\n${split ?? ''}\n${lang ?? ''}`;
      if (key !== this.#fetching) void this.#load(key, src, lang, split);
      return;
    } else if (this.#inline !== undefined) this.#parsed(parseCached(this.#inline));
    else if (this.#provided) {
      const { status, story: shared, errors = [] } = this.#provided;
      this.#set(status, shared, errors);
    } else this.#set('idle', undefined, []);
    this.#fetching = undefined;
  }

  #set(status: LoadStatus, story: Story | undefined, errors: StoryError[]): void {
    this.status = status;
    this.story = story;
    this.errors = errors;
  }

  #parsed(result: ParseResult): void {
    shown.set(this, result);
    if (result.ok) this.#set('ready', result.story, []);
    else this.#set('error', undefined, result.errors);
  }

  async #load(key: string, src: string, lang: string | null, split: string | null | undefined): Promise<void> {
    this.#fetching = key;
    this.#set('loading', undefined, []);
    let story: Story | undefined;
    let errors: StoryError[] = [];
    try {
      story = await loadStoryIn(src, lang, split);
    } catch (e) {
      errors = e instanceof StoryLoadError ? e.errors : [{ path: '', code: 'network', params: { url: src } }];
    }
    if (this.#fetching !== key) return; // a newer source took over while this one loaded
    this.#set(story ? 'ready' : 'error', story, errors);
    this.host.requestUpdate();
  }
}
