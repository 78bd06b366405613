/**
 * The embed page's script (dist/cdn/embed.js, loaded by embed.html): reads
 * the page's address, shows one element of the story (or all of them) at full
 * width, and keeps the parent informed (frame.ts). Built as one classic
 * script with every element and every shipped language inside, so a frame
 * sandboxed without `allow-same-origin` (an opaque origin, where module
 * scripts and their imports would need CORS) loads nothing but this file and
 * the story.
 */
import '../index.js';
import { directionOf } from '../core/locale.js';
import { loadStory } from '../story/load.js';
import { pickText } from '../story/text.js';
import { connectToParent } from './frame.js';
import { showErrors } from './error-view.js';
import { frameTitle } from './messages.js';
import { allowList, parseEmbedParams, type EmbedConfig } from './params.js';
import type { EmbedElementName } from './protocol.js';
import { pageSheet } from './styles.js';

/** The language of the page's own words when the address names none: the reader's. */
const readerLang = () => navigator.language || 'en';

/** An element of the story with the attributes the address gave it (set one by one: text, never markup). */
function element(name: EmbedElementName, config: EmbedConfig, extra: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(`fine-${name}`);
  for (const [attribute, value] of Object.entries({ ...config.attributes[name], ...extra }))
    el.setAttribute(attribute, value);
  return el;
}

/** Quote cards for `element=all`. */
const quoteCards = (config: EmbedConfig, ids: readonly string[]) =>
  ids.map((id) => element('quote', config, { quote: id }));

function show(config: EmbedConfig, main: HTMLElement): void {
  const root = document.documentElement;
  if (config.lang) root.lang = config.lang;
  if (config.dir || config.lang) root.dir = config.dir ?? directionOf(config.lang!);
  if (config.preset) main.dataset['fineTheme'] = config.preset;
  main.dataset['background'] = config.background;
  // a fixed scheme for the page too, so a themed background and the elements agree
  const theme = Object.values(config.attributes).find((a) => a['theme'])?.['theme'];
  if (theme === 'light' || theme === 'dark') root.style.colorScheme = theme;

  const provider = document.createElement('fine-story');
  provider.setAttribute('src', config.story);
  if (config.element !== 'all') provider.append(element(config.element, config));
  // the whole story: the quotes the address names, else every quote once the story is here
  else
    provider.append(
      element('timeline', config),
      element('comparison', config),
      ...quoteCards(config, config.quotes),
      element('actor-map', config),
    );
  main.replaceChildren(provider);

  // The same request the elements make (loadStory shares one per URL): the
  // page's title and language, and the quotes of the whole article.
  // A story that fails to load is the elements' to explain (they show why and fire fine-error).
  const loaded = loadStory(config.story).catch(() => undefined);
  void loaded.then((story) => {
    if (!story) return;
    if (config.element === 'all' && !config.quotes.length)
      provider.querySelector('fine-comparison')!.after(
        ...quoteCards(
          config,
          story.quotes.map((q) => q.id),
        ),
      );
    const lang = config.lang ?? story.lang;
    if (!config.lang) {
      root.lang = story.lang;
      root.dir = config.dir ?? directionOf(story.lang);
    }
    document.title = frameTitle(config.element, pickText(story.title, lang, story.lang).value, lang);
  });
}

function start(): void {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet()];
  const main = document.createElement('main');
  main.id = 'fine-embed';
  document.body.replaceChildren(main);
  const allow = allowList(document.querySelector('meta[name="fine-embed-allow"]')?.getAttribute('content'));
  const result = parseEmbedParams(location.search, location.href, allow);
  const parent = connectToParent(result.ok ? result.config.parentOrigin : '*');
  if (result.ok) {
    show(result.config, main);
    return;
  }
  const lang = result.lang ?? readerLang();
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  const sentences = showErrors(main, result.errors, lang);
  parent.post({ type: 'error', element: null, message: sentences.join('\n') });
}

start();
