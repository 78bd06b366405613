/**
 * Language and direction of an element, resolved the way an article expects:
 * the element's own `lang`/`dir`, else its nearest ancestor's (across shadow
 * roots, so an Arabic article inside an English page works), else the
 * document's, else the story's default language.
 */

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924). */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Samr', 'Mand']);
/** Languages whose default script is right to left. */
const RTL_LANGS = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** `Intl.getCanonicalLocales` for one tag; null when it is not a language tag at all. */
export function canonicalLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
}

/** Direction of a language's writing: from `Intl.Locale` text info where the browser has it. */
export function directionOf(lang: string): Direction {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction: Direction };
      textInfo?: { direction: Direction };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info) return info.direction;
    const script = locale.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    /* not a tag Intl knows: fall through to the table */
  }
  return RTL_LANGS.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The parent in the flattened sense: across a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Walks from `el` up through ancestors and shadow hosts, returning the first non-null pick. */
export function closestAcrossShadow<T>(el: Element, pick: (node: Element) => T | null): T | null {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const found = pick(node);
    if (found !== null) return found;
  }
  return null;
}

/** The language the page says `el` is in: the nearest `lang` attribute (across shadow roots); null when none says one. */
export function pageLang(el: Element): string | null {
  return closestAcrossShadow(el, (node) => canonicalLang(node.getAttribute('lang')));
}

/** The language `el` should speak; `fallback` (the story's default) when the page says nothing. */
export function resolveLang(el: Element, fallback = 'en'): string {
  return pageLang(el) ?? canonicalLang(fallback) ?? 'en';
}

/**
 * The direction `el` should lay out in. The nearest of a `dir` attribute and a
 * `lang` attribute decides (a `lang="ar"` article without `dir` is RTL); an
 * element given only `lang` follows that language.
 */
export function resolveDir(el: Element, lang: string): Direction {
  return (
    closestAcrossShadow(el, (node): Direction | null => {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'ltr' || dir === 'rtl') return dir;
      const tag = canonicalLang(node.getAttribute('lang'));
      return tag ? directionOf(tag) : null;
    }) ?? directionOf(lang)
  );
}

/** An explicit `data-theme="light|dark"` on an ancestor, or a host page that fixes `color-scheme`. */
export function resolveScheme(el: Element): 'light' | 'dark' | null {
  const marked = closestAcrossShadow(el, (node) => {
    const theme = node.getAttribute('data-theme');
    return theme === 'light' || theme === 'dark' ? theme : null;
  });
  if (marked) return marked;
  const parent = parentOf(el);
  if (!parent) return null;
  const scheme = getComputedStyle(parent).colorScheme ?? '';
  const light = /\blight\b/.test(scheme);
  const dark = /\bdark\b/.test(scheme);
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` when any `lang`, `dir` or `data-theme` attribute changes in
 * the document (one observer for the whole page). Returns the unsubscribe.
 */
export function watchLocale(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      subtree: true,
      attributeFilter: ['lang', 'dir', 'data-theme'],
    });
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
