import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseStory } from './src/story/parse.js';
import { fallbackHtml, type FallbackElement } from './src/fallback/html.js';
import { lastUpdated } from './src/story/status.js';
import { formatStoryDate } from './src/core/format.js';
import { fill, packMessages } from './src/i18n/index.js';
import { vocabulary } from './src/i18n/vocabulary.js';
import { addShippedLanguages } from './src/i18n/all.js';

/**
 * `vite build`: the npm package, unbundled ES modules under dist/ (one file
 * per source module), lit and d3 left to the consumer's bundler.
 * `vite` (npm start): the dev server for the demo article in demo/.
 * The single-file CDN bundles are built by scripts/build-cdn.js.
 */

/** One entry per folder of src/ with an index.ts (each element, story, core), plus the whole kit. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  // the command line's warnings, reached from no element
  'i18n/lint': 'src/i18n/lint.ts',
  // every language at once, for the command line and server-side rendering
  'i18n/all': 'src/i18n/all.ts',
  // the actor map's pure layout, for `fine-kit layout`
  'actor-map/layout': 'src/actor-map/layout.ts',
};
for (const dir of readdirSync('src', { withFileTypes: true })) {
  if (dir.isDirectory() && existsSync(`src/${dir.name}/index.ts`)) {
    entries[`${dir.name}/index`] = `src/${dir.name}/index.ts`;
  }
}

/**
 * Fills `<!-- fine-fallback element="timeline" lang="ar" -->` comments in
 * the demo pages with the story as semantic HTML (what `npx fine-kit html`
 * prints), so the demo shows what readers without JavaScript get, and
 * `<!-- fine-updated lang="ar" -->` with the story's "Updated" date, so the
 * byline says when the story last changed.
 */
function demoFallbacks(): Plugin {
  return {
    name: 'fine-kit-demo-fallbacks',
    transformIndexHtml(html) {
      if (!html.includes('fine-fallback') && !html.includes('fine-updated')) return html;
      const result = parseStory(readFileSync('data/amazon-cnpd-2021.story.json', 'utf8'));
      if (!result.ok) throw new Error('data/amazon-cnpd-2021.story.json is invalid: run npx fine-kit validate');
      const story = result.story;
      addShippedLanguages();
      const attrsOf = (args: string): Record<string, string> =>
        Object.fromEntries([...args.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return html
        .replace(/<!--\s*fine-updated\s+(.*?)\s*-->/g, (_, args: string) => {
          const lang = attrsOf(args)['lang'] ?? 'en';
          const updated = lastUpdated(story);
          if (!updated) return '';
          const date = `<time datetime="${updated}">${formatStoryDate(updated, lang)}</time>`;
          return fill(packMessages(vocabulary, lang).updatedOn, { date });
        })
        .replace(/<!--\s*fine-fallback\s+(.*?)\s*-->/g, (_, args: string) => {
          const attrs = attrsOf(args);
          return fallbackHtml(story, attrs['element'] as FallbackElement, attrs['lang'] ?? 'en', {
            quote: attrs['quote'],
          });
        });
    },
  };
}

// csv-parse, csv-stringify and htmlparser2: the import module's (fine-kit/import), left to the consumer like lit and d3
export const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^csv-(parse|stringify)\//, /^htmlparser2$/];

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
  plugins: [demoFallbacks()],
  server: { open: false },
});
