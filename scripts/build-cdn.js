// Builds the self-contained ES modules for a CDN: dist/cdn/fine-kit.js (every
// element) and one file per element entry (dist/cdn/timeline.js, …), each with
// its own copy of lit and d3, minified. A page needs one
// <script type="module" src="…/fine-kit.js">.
import { build } from 'vite';
import { existsSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

export const CDN_ENTRIES = {
  'fine-kit': 'src/index.ts',
  timeline: 'src/timeline/index.ts',
  comparison: 'src/comparison/index.ts',
  quote: 'src/quote/index.ts',
  'actor-map': 'src/actor-map/index.ts',
  'story-provider': 'src/story-provider/index.ts',
};

/** lang/<language>/<table>.js for a module of words (the only chunks these builds split off). */
function langChunkName({ facadeModuleId }) {
  const words = facadeModuleId?.match(/src\/(?:i18n\/(?:(vocabulary)\.)?|([a-z-]+)\/messages\.)(ar|fr|[a-z]{2,3})\.ts$/);
  if (!words) throw new Error(`unexpected chunk in a CDN build: ${facadeModuleId}`);
  const [, vocabulary, element, lang] = words;
  return `lang/${lang}/${vocabulary ?? element ?? 'core'}.js`;
}

// `node scripts/build-cdn.js timeline` builds only the named modules.
const only = process.argv.slice(2);

for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
  if (!existsSync(entry) || (only.length && !only.includes(name))) continue;
  await build({
    configFile: false,
    logLevel: 'warn',
    // whitespace and comments out of html`` and css`` templates (Lit's own plugin)
    plugins: [minifyLiterals({ failOnError: true })],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      // the map is written beside the file; no link comment in the file a page downloads
      sourcemap: 'hidden',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
      // Vite's library mode minifies identifiers but keeps whitespace in ES
      // output; ask Rolldown for the full minification a CDN file deserves.
      // and without the @__PURE__ marks meant for a later bundler: this file is final
      // Words in Arabic and French are imported on demand, one module per
      // table and language (src/timeline/messages.ar.ts → lang/ar/timeline.js,
      // src/i18n/ar.ts → lang/ar/core.js). They import nothing, so every
      // build writes the same bytes there and one copy serves all the files.
      rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: langChunkName } },
    },
  });
}
