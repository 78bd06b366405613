/**
 * The snippets the "Embed" pages show: what a newsroom developer pastes. One
 * source for every element, so the pages cannot drift from each other. The
 * iframe snippets come from the kit's own snippet module, the one behind
 * `npx fine-kit embed`, with heights estimated from the story itself.
 */
import amazonStory from '../../data/amazon-cnpd-2021.story.json';
import { iframeSnippet as frame, resizeScriptSnippet } from '../../src/embed/snippet';
import type { Story } from '../../src/story/types';

const CDN = 'https://cdn.jsdelivr.net/npm/fine-kit@0.1/dist/cdn';
const THEMES = 'https://cdn.jsdelivr.net/npm/fine-kit@0.1/themes';
const STORY = 'https://example.org/stories/amazon-cnpd-2021.story.json';

export type ElementName = 'timeline' | 'comparison' | 'quote' | 'actor-map';

/** The element as written in an article, with the attributes worth showing. */
const ELEMENT: Record<ElementName, string> = {
  timeline: '<fine-timeline link-hash></fine-timeline>',
  comparison: '<fine-comparison limit="10" compare-to="google-cnil-2020-cookies"></fine-comparison>',
  quote: '<fine-quote quote="lqdn-historic-fine"></fine-quote>',
  'actor-map': '<fine-actor-map focus="lqdn"></fine-actor-map>',
};

/** The modules of Arabic words an element loads (dist/cdn/lang/ar/); tests/node/size.test.js checks them against the build. */
const WORDS: Record<ElementName, string[]> = {
  timeline: ['core', 'timeline', 'vocabulary'],
  comparison: ['comparison', 'core', 'vocabulary'],
  quote: ['core', 'quote', 'vocabulary'],
  'actor-map': ['actor-map', 'core', 'vocabulary'],
};

/** A CMS article: one script tag, the reserve style sheet, the story once. */
export function cmsSnippet(name: ElementName): string {
  const preload = WORDS[name].map((t) => `<link rel="modulepreload" href="${CDN}/lang/ar/${t}.js">`).join('\n');
  return `<!-- in <head>, once per page -->
<link rel="stylesheet" href="${THEMES}/reserve.css">
<script type="module" src="${CDN}/${name}.js"></script>
<!-- optional, on an Arabic page: its words load with the script, not after it -->
${preload}

<!-- where the element goes in the article (dir and lang come from the article) -->
<article lang="ar" dir="rtl">
  <fine-story src="${STORY}">
    ${ELEMENT[name]}
  </fine-story>
</article>`;
}

/** The same element alone, with its own story URL (no <fine-story>). */
export function aloneSnippet(name: ElementName): string {
  return ELEMENT[name].replace(/^<fine-[a-z-]+/, (tag) => `${tag} src="${STORY}"`);
}

/** From npm, in a bundled app. */
export function npmSnippet(name: ElementName): string {
  return `npm install fine-kit

// registers <fine-${name}> only
import 'fine-kit/${name}';`;
}

/** The no-JavaScript fallback a page pastes inside the element. */
export function fallbackSnippet(name: ElementName): string {
  const quote = name === 'quote' ? ' --quote lqdn-historic-fine' : '';
  return `npx fine-kit html amazon-cnpd-2021.story.json --element ${name} --lang ar${quote}`;
}

/** The same attributes as address parameters, for the iframe. */
const PARAMS: Record<ElementName, Record<string, string>> = {
  timeline: { 'link-hash': '' },
  comparison: { limit: '10', 'compare-to': 'google-cnil-2020-cookies' },
  quote: { quote: 'lqdn-historic-fine' },
  'actor-map': { focus: 'lqdn' },
};

/** Where scripts are not allowed: the iframe, and the one optional script that sizes it to its content. */
export function iframeSnippet(name: ElementName): string {
  const options = {
    base: CDN,
    storyUrl: STORY,
    story: amazonStory as unknown as Story,
    element: name,
    lang: 'ar',
    params: PARAMS[name],
  };
  return `${frame(options)}

<!-- optional, once per page that allows one script: every such iframe fits its content -->
${resizeScriptSnippet(CDN)}`;
}

/** The command that prints it for a story of yours. */
export function embedCommand(name: ElementName): string {
  const sets = Object.entries(PARAMS[name])
    .map(([k, v]) => ` --set ${v ? `${k}=${v}` : k}`)
    .join('');
  return `npx fine-kit embed amazon-cnpd-2021.story.json --element ${name} --lang ar --url ${STORY}${sets}`;
}
