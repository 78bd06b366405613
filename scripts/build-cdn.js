// Builds the self-contained ES modules for a CDN: dist/cdn/fine-kit.js (every
// element) and one file per element entry (dist/cdn/timeline.js, …), each with
// its own copy of lit and d3, minified. A page needs one
// <script type="module" src="…/fine-kit.js">.
import { build } from 'vite';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify as terser } from 'terser';

/**
 * The whole kit, and one file per element: every folder of src/ whose
 * index.ts registers an element (`defineElement(…)`), named after the
 * folder. A new element's folder is built with no change here.
 */
export const CDN_ENTRIES = {
  'fine-kit': 'src/index.ts',
  ...Object.fromEntries(
    readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
      .filter((d) => /\bdefineElement\(/.test(readFileSync(`src/${d.name}/index.ts`, 'utf8')))
      .map((d) => [d.name, `src/${d.name}/index.ts`]),
  ),
};

// A module of words: src/i18n/ar.ts (the core's), src/i18n/vocabulary.ar.ts,
// src/i18n/errors.ar.ts, src/<element>/messages.ar.ts; its table is core,
// vocabulary, errors or the folder.
const WORDS = /src\/(?:i18n\/(?:(vocabulary|errors)\.)?|([a-z-]+)\/messages\.)([a-z]{2,3})\.ts$/;
/** @param {RegExpMatchArray} words */
const tableOf = (words) => words[1] ?? words[2] ?? 'core';
/**
 * Words a reader downloads only when an element shows an error (the
 * validator's and the loader's, English included): always a module of their
 * own (lang/en/errors.js, lang/ar/errors.js), never part of lang/ar.js.
 */
const ON_ERROR = 'errors';

/**
 * Where the words go. An element's own file loads its tables one module each
 * (lang/ar/timeline.js, lang/ar/core.js): a page with one element fetches
 * only the words it shows. The whole kit loads one module per language
 * (lang/ar.js, see wordsPerLanguage): a page with every element fetches its
 * words in one request.
 */
function langChunkName({ facadeModuleId }) {
  const bundle = facadeModuleId?.match(/^\0fine-words:([a-z]{2,3})$/);
  if (bundle) return `lang/${bundle[1]}.js`;
  const words = facadeModuleId?.match(WORDS);
  if (!words) throw new Error(`unexpected chunk in a CDN build: ${facadeModuleId}`);
  return `lang/${words[3]}/${tableOf(words)}.js`;
}

/**
 * Code an element loads only when it needs it: the actor map's simulation
 * (src/actor-map/simulation.ts), for a map with no baked layout. Named after
 * the file that loads it (fine-kit.simulation.js, actor-map.simulation.js):
 * each build writes its own.
 */
const SIMULATION = /src\/actor-map\/simulation\.ts$/;

/** @param {string} name the CDN file being built */
const chunkName = (name) => (/** @type {{ facadeModuleId: string | null }} */ chunk) =>
  chunk.facadeModuleId && SIMULATION.test(chunk.facadeModuleId) ? `${name}.simulation.js` : langChunkName(chunk);

/**
 * For the whole kit: one module per language holding every table (lang/ar.js),
 * so the Arabic words of an article with every element arrive in one
 * request, not six. Every module of words exports its table under its name
 * in the pack (`export const timeline = …`), so the language module is
 * those modules re-exported, and an `import('./messages.ar.js')` resolves to
 * it: the code that loads words is the same in every build. It imports
 * nothing at run time (the tables are data), like the per-table ones.
 */
function wordsPerLanguage() {
  // every module of words in src/ for `lang`, found on disk: the module must be
  // whole whichever import the bundler happens to resolve first
  const wordFiles = (lang) =>
    readdirSync('src', { recursive: true })
      .map((f) => resolve('src', f))
      .filter((f) => {
        const words = f.match(WORDS);
        return !!words && words[3] === lang && tableOf(words) !== ON_ERROR;
      })
      .sort();
  return {
    name: 'fine-kit-words-per-language',
    // before Vite's own resolver, which would resolve the module of words itself
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options.kind !== 'dynamic-import' || source.startsWith('\0')) return null;
      const words = (await this.resolve(source, importer, { skipSelf: true }))?.id.match(WORDS);
      return words && tableOf(words) !== ON_ERROR ? `\0fine-words:${words[3]}` : null;
    },
    load(id) {
      const lang = id.match(/^\0fine-words:([a-z]{2,3})$/)?.[1];
      if (!lang) return null;
      return wordFiles(lang)
        .map((file) => `export * from ${JSON.stringify(file)};`)
        .join('\n');
    },
  };
}

/**
 * A second pass of minification over each finished file, by terser: it
 * finds what the bundler's own minifier leaves (about 1 % of each file,
 * gzip). Its map is chained to the bundler's, so the hidden source map
 * still points at src/.
 */
function terserPass() {
  return {
    name: 'fine-kit-terser-pass',
    // once the files are written: after the bundler's own minification
    async writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const file = join(options.dir ?? 'dist/cdn', chunk.fileName);
        const map = existsSync(`${file}.map`) ? readFileSync(`${file}.map`, 'utf8') : undefined;
        const result = await terser(readFileSync(file, 'utf8'), {
          module: true,
          compress: { passes: 2 },
          format: { comments: false },
          sourceMap: map ? { content: map, includeSources: true } : false,
        });
        writeFileSync(file, result.code ?? '');
        if (map && typeof result.map === 'string') writeFileSync(`${file}.map`, result.map);
      }
    },
  };
}

// `node scripts/build-cdn.js timeline` builds only the named modules.
const only = process.argv.slice(2);

for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
  if (!existsSync(entry) || (only.length && !only.includes(name))) continue;
  await build({
    configFile: false,
    logLevel: 'warn',
    // whitespace and comments out of html`` and css`` templates (Lit's own plugin)
    plugins: [
      minifyLiterals({ failOnError: true }),
      ...(name === 'fine-kit' ? [wordsPerLanguage()] : []),
      terserPass(),
    ],
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
      rolldownOptions: { output: { minify: true, comments: false, chunkFileNames: chunkName(name) } },
    },
  });
}
