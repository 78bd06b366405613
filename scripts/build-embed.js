// Builds the iframe embed into dist/cdn/, beside the CDN modules:
// - embed.html: the page an iframe points at (src/embed/embed.html);
// - embed.js: its script, one classic script with every element and every
//   shipped language inside (a sandboxed frame has an opaque origin, where
//   module scripts and the language modules they import would need CORS);
// - embed-resize.js: the host page's script that sizes the iframes.
import { build } from 'vite';
import { copyFile, mkdir } from 'node:fs/promises';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

const SCRIPTS = { embed: 'src/embed/page.ts', 'embed-resize': 'src/embed/resize.ts' };

for (const [name, entry] of Object.entries(SCRIPTS)) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyLiterals({ failOnError: true })],
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: 'hidden',
      lib: { entry, formats: ['iife'], name: 'fineKitEmbed', fileName: () => `${name}.js` },
      // an IIFE is one chunk: the words of every language are inside, no import() a sandboxed frame could not make
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
}
await mkdir('dist/cdn', { recursive: true });
await copyFile('src/embed/embed.html', 'dist/cdn/embed.html');
