/**
 * The browser side of the element fuzz (tests/hostile.fuzz.test.ts): one
 * hostile case put into every element the way a page would (inline, by
 * `src`, or as the `story` property), what each element ends up showing,
 * how long it took and how long the main thread was held, and what in any
 * shadow root would be unsafe (a link that is not http(s), a script, an
 * inline event handler).
 */
import { isSafeLink } from '../../src/story/url.js';
import type { FineErrorDetail } from '../../src/events.js';

export const TAGS = ['fine-timeline', 'fine-comparison', 'fine-quote', 'fine-actor-map'] as const;

export type Mode = 'inline' | 'src' | 'property';

/** The elements a page puts a story into: each element alone, and all four inside a `<fine-story>`. */
export const UNITS = [...TAGS, 'fine-story'] as const;
export type Unit = (typeof UNITS)[number];

type Settable = HTMLElement & { story?: unknown; src?: string };

/** What one element showed. */
export interface Outcome {
  /** `fine-story > fine-timeline` for a child of the provider. */
  name: string;
  el: HTMLElement;
  state: 'ready' | 'error' | 'none';
  /** Milliseconds from being put in the page to `fine-ready` or `fine-error`. */
  ms: number;
  error?: FineErrorDetail;
}

function inlineScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

function element(tag: string, lang: string): Settable {
  const el = document.createElement(tag) as Settable;
  el.setAttribute('lang', lang);
  if (tag === 'fine-quote') el.setAttribute('quote', 'q1');
  return el;
}

/** `unit` in `lang`, given `input` the way `mode` says: the root to put in the page, and every element in it. */
export function build(unit: Unit, mode: Mode, input: unknown, lang: string, url: string) {
  const root = element(unit, lang);
  if (mode === 'inline') root.append(inlineScript(input as string));
  else if (mode === 'src') root.src = url;
  else root.story = input;
  const children = unit === 'fine-story' ? TAGS.map((tag) => element(tag, lang)) : [];
  root.append(...children);
  return { root, elements: [root, ...children] as HTMLElement[] };
}

/**
 * Waits until every element has fired `fine-ready` or `fine-error` (its
 * own: a child's bubble through the provider) or `hangMs` have passed, and
 * says what each one showed and when. Listening starts before `mount` runs.
 */
export async function outcomes(elements: HTMLElement[], mount: () => void, hangMs: number): Promise<Outcome[]> {
  const start = performance.now();
  const done = elements.map(
    (el) =>
      new Promise<Outcome>((resolve) => {
        const name = el.parentElement?.localName === 'fine-story' ? `fine-story > ${el.localName}` : el.localName;
        const end = (state: Outcome['state'], error?: FineErrorDetail) =>
          resolve({ name, el, state, ms: performance.now() - start, error });
        el.addEventListener('fine-ready', (e) => e.target === el && end('ready'));
        el.addEventListener('fine-error', (e) => e.target === el && end('error', e.detail));
        setTimeout(() => end('none'), hangMs);
      }),
  );
  mount();
  return Promise.all(done);
}

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) found.push(root.shadowRoot);
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  return [...new Set(found)];
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data', 'ping'];

/** What in the elements' shadow roots could run a script or lead a reader somewhere unsafe. */
export function unsafeThings(root: Element): string[] {
  const found: string[] = [];
  for (const shadow of shadowRoots(root)) {
    const host = shadow.host.localName;
    for (const el of shadow.querySelectorAll('*')) {
      if (/^(script|iframe|object|embed|frame|base|meta|form)$/.test(el.localName))
        found.push(`${host}: <${el.localName}>`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${host}: <${el.localName} ${name}>`);
        if (!URL_ATTRIBUTES.includes(name)) continue;
        // a fragment stays inside the element (an SVG <use>, a skip link)
        if (attr.value.startsWith('#')) continue;
        if (!isSafeLink(attr.value)) found.push(`${host}: <${el.localName} ${name}="${attr.value.slice(0, 80)}">`);
      }
    }
  }
  return found;
}

/** How many `[href]` the shadow roots hold: the links the check above read. */
export const linkCount = (root: Element) =>
  shadowRoots(root).reduce((n, shadow) => n + shadow.querySelectorAll('[href]').length, 0);

/** What a reader sees of an outcome: content, or a visible `role="alert"` error in the reader's language. */
export function shownProblems(o: Outcome): string[] {
  const shadow = o.el.shadowRoot;
  if (o.el.localName === 'fine-story') return [];
  if (!shadow) return [`${o.name}: no shadow root`];
  if (o.state === 'error') {
    const view = shadow.querySelector<HTMLElement>('[role="alert"]');
    if (!view) return [`${o.name}: fine-error without a role="alert" view`];
    const box = view.getBoundingClientRect();
    if (!box.height || !box.width) return [`${o.name}: its error view is not visible`];
    return view.textContent.trim() ? [] : [`${o.name}: an empty error view`];
  }
  if (o.state === 'ready') {
    if (shadow.querySelector('[part~="loading"]')) return [`${o.name}: fine-ready while still loading`];
    const base = shadow.querySelector<HTMLElement>('[part~="base"]');
    if (!base?.textContent!.trim() && !base?.querySelector('svg')) return [`${o.name}: fine-ready with nothing shown`];
    return [];
  }
  return [`${o.name}: neither fine-ready nor fine-error`];
}

/**
 * The longest stretch the main thread was held while `run` ran: Chromium's
 * long tasks (PerformanceObserver, tasks over 50 ms), or where a browser has
 * none (Firefox), the longest gap between timer ticks that asked to run every
 * few milliseconds: at least as long as the longest task in between.
 */
export async function mainThreadHeld<T>(run: () => Promise<T>): Promise<{ result: T; longest: number; how: string }> {
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const result = await run();
    // entries are queued after their task ends: let one more task pass
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return { result, longest, how: 'longtask' };
  }
  let longest = 0;
  let last = performance.now();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (ticking) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const result = await run();
  await new Promise((resolve) => setTimeout(resolve, 20));
  ticking = false;
  return { result, longest, how: 'timer gaps' };
}
