import { defineConfig } from 'vite';
import { existsSync, readdirSync } from 'node:fs';

/**
 * `vite build`: the npm package, unbundled ES modules under dist/ (one file
 * per source module), lit, d3 and valibot left to the consumer's bundler.
 * `vite` (npm start): the dev server for the demo article in demo/.
 * The single-file CDN bundles are built by scripts/build-cdn.js.
 */

/** One entry per folder of src/ with an index.ts (each element, story, core), plus the whole kit. */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  // the command line's warnings, reached from no element
  'i18n/lint': 'src/i18n/lint.ts',
};
for (const dir of readdirSync('src', { withFileTypes: true })) {
  if (dir.isDirectory() && existsSync(`src/${dir.name}/index.ts`)) {
    entries[`${dir.name}/index`] = `src/${dir.name}/index.ts`;
  }
}

export const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^valibot$/];

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
  server: { open: false },
});
