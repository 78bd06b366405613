// The pure layout functions (layout.ts: d3 maths, no DOM) timed on their own
// in the page. Each element's adapter, bench/layouts/<element>.js, calls its
// layout.ts the way the element does; it is bundled for the page with esbuild.
// An element without an adapter, or whose layout.ts no longer exports what the
// adapter imports, is skipped with the reason.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { openPage } from '../browser.js';
import { ROOT, TMP } from '../data.js';
import { ELEMENTS, availability } from '../elements.js';
import { summarize } from '../stats.js';
import { LOAD_TIMEOUT, withTimeout } from './loads.js';

const CASES = [
  { element: 'timeline', story: 'timeline-1000' },
  { element: 'timeline', story: 'timeline-10000' },
  { element: 'comparison', story: 'comparison-2000' },
  { element: 'actor-map', story: 'actor-map-300x1000' },
];

export async function layoutScenario({ browser, origin, stories, runs, log }) {
  const out = {};
  const bundles = {};
  await mkdir(join(TMP, 'layouts'), { recursive: true });
  for (const c of CASES) {
    const key = `${c.element}:${c.story}`;
    const a = availability(ELEMENTS.find((e) => e.key === c.element));
    const adapter = join(ROOT, 'bench/layouts', `${c.element}.js`);
    if (!a.ok) {
      out[key] = { skipped: a.reason };
      continue;
    }
    if (!existsSync(join(ROOT, 'src', c.element, 'layout.ts'))) {
      out[key] = { skipped: `src/${c.element}/layout.ts does not exist` };
      continue;
    }
    if (!existsSync(adapter)) {
      out[key] = { skipped: `no adapter bench/layouts/${c.element}.js yet` };
      continue;
    }
    if (!stories[c.story]) {
      out[key] = { skipped: `no ${c.story} story` };
      continue;
    }
    bundles[c.element] ??= await build({
      entryPoints: [adapter],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      outfile: join(TMP, 'layouts', `${c.element}.js`),
      logLevel: 'silent',
    })
      .then(() => ({ url: `/bench/.tmp/layouts/${c.element}.js` }))
      .catch((e) => ({
        error: `adapter does not build against src/${c.element}/layout.ts: ${e.message.split('\n').slice(0, 3).join(' ')}`,
      }));
    const bundle = bundles[c.element];
    if (bundle.error) {
      out[key] = { skipped: bundle.error };
      continue;
    }
    const bp = await openPage(browser);
    try {
      const q = new URLSearchParams({ module: bundle.url, data: stories[c.story].url, runs: String(runs) });
      await bp.page.goto(`${origin}/bench/pages/layout.html?${q}`, { waitUntil: 'domcontentloaded' });
      await bp.page.waitForFunction(() => window.__bench?.layout, { timeout: LOAD_TIMEOUT });
      const r = await withTimeout(
        bp.page.evaluate(() => window.__bench.layout),
        LOAD_TIMEOUT,
        () => ({ error: 'timed out' }),
      );
      out[key] = r.error
        ? { error: r.error }
        : { what: r.describe, first: Math.round(r.first * 10) / 10, warm: summarize(r.warm), result: r.out };
    } catch (e) {
      out[key] = { error: String(/** @type {Error} */ (e).message ?? e).split('\n')[0] };
    } finally {
      await bp.close();
    }
    log(`  layout ${key}: ${JSON.stringify({ ...out[key], warm: out[key].warm?.median })}`);
  }
  return out;
}
