// @ts-check
// Test routes for the iframe embed (tests/embed.iframe.test.ts). Two origins
// from the one test server: the host pages on http://localhost:PORT (where
// the tests run) and the kit on http://127.0.0.1:PORT, as a CDN on another
// site would serve it (a different host, so a different origin and site: the
// frames are cross-site, the story fetch is cross-origin, and every route
// here serves both without a second server to start and stop).
import { readFile } from 'node:fs/promises';

/** Story requests by `?id=` token, for "one request per frame". */
const hits = new Map();

/** The host page's policy: its own files, scripts and frames from the kit's origin, nothing inline. */
const hostCsp = (kit) =>
  [
    "default-src 'self'",
    `script-src 'self' ${kit}`,
    "style-src 'self'",
    `frame-src ${kit} 'self'`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');

/** @param {any} ctx @param {() => Promise<any>} next */
export async function embedFrameRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const port = String(ctx.host).split(':').pop();
  const kit = `http://127.0.0.1:${port}`;

  // The story, readable from any origin (a sandboxed frame's origin is opaque: CORS is the only way in).
  const story = url.pathname.match(/^\/__embed\/(allowed\/)?story\.json$/);
  if (story) {
    const id = url.searchParams.get('id') ?? '';
    hits.set(id, (hits.get(id) ?? 0) + 1);
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = 'application/json';
    ctx.body = await readFile('data/amazon-cnpd-2021.story.json', 'utf8');
    return undefined;
  }
  if (url.pathname === '/__embed/hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(url.searchParams.get('id') ?? '') ?? 0);
    return undefined;
  }
  // An iframe whose src is on the kit's origin but whose page ends up elsewhere: its messages must not count.
  if (url.pathname === '/__embed/elsewhere') {
    ctx.redirect(`http://localhost:${port}/tests/pages/embed-frame/liar.html`);
    return undefined;
  }
  // The embed page as built (dist/cdn/embed.html), under /__frame/<variant>/:
  // `probe` adds the test's probe (a script from the page's own origin, so
  // its policy allows it), `allow` also fills a self-hoster's allow-list,
  // `bare` is the page exactly as shipped.
  const frame = url.pathname.match(/^\/__frame\/(probe|allow|bare)(\/.*)$/);
  if (frame) {
    const [, variant, path] = frame;
    if (path !== '/dist/cdn/embed.html') {
      ctx.url = path + url.search;
      return next();
    }
    let page = await readFile('dist/cdn/embed.html', 'utf8');
    if (variant !== 'bare')
      page = page.replace(
        '<script src="embed.js"',
        '<script src="/tests/pages/embed-frame/probe.js"></script>\n<script src="embed.js"',
      );
    if (variant === 'allow')
      page = page.replace(
        'name="fine-embed-allow" content=""',
        'name="fine-embed-allow" content="/__embed/allowed/ https://stories.example/"',
      );
    ctx.type = 'text/html';
    ctx.body = page;
    return undefined;
  }
  // The host page: the article's language and direction in <html>, the kit's origin filled in, a strict policy.
  if (url.pathname === '/tests/pages/embed-frame/host.html') {
    const lang = url.searchParams.get('lang') === 'ar' ? 'ar' : 'en';
    const page = (await readFile('tests/pages/embed-frame/host.html', 'utf8'))
      .replace('<html lang="en">', `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
      .replaceAll('{{KIT}}', kit);
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', hostCsp(kit));
    ctx.body = url.searchParams.has('noscript') ? page.replace(/<script[^>]*embed-resize[^>]*><\/script>/, '') : page;
    return undefined;
  }
  return next();
}
