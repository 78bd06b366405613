// The preview page's HTML, in the language it opens in, so its own words do
// not flash in English before the script runs.
import { LANGUAGES, dirOf, say } from './words.js';

/** @param {string} text */
const esc = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * @param {string} file the name of the file or folder previewed
 * @param {string} lang
 */
export function previewPage(file, lang) {
  /** @param {Parameters<typeof say>[1]} word */
  const t = (word, params = {}) => esc(say(lang, word, params));
  const names = { ar: 'العربية', en: 'English', fr: 'Français' };
  return `<!doctype html>
<html lang="${esc(lang)}" dir="${dirOf(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${t('preview')}: ${esc(file)}</title>
    <link rel="stylesheet" href="/preview/page.css" />
    <link rel="modulepreload" href="/kit/fine-kit.js" />
    <script type="module" src="/kit/fine-kit.js"></script>
    <script type="module" src="/preview/page.js"></script>
  </head>
  <body data-file="${esc(file)}">
    <header class="bar">
      <h1><span data-word="preview">${t('preview')}</span>: <bdi>${esc(file)}</bdi></h1>
      <label>
        <span data-word="language">${t('language')}</span>
        <select id="lang">
          ${LANGUAGES.map((l) => `<option value="${l}" lang="${l}"${l === lang ? ' selected' : ''}>${names[l]}</option>`).join('')}
        </select>
      </label>
      <label>
        <span data-word="direction">${t('direction')}</span>
        <select id="dir">
          <option value="auto" data-word="dirAuto">${t('dirAuto')}</option>
          <option value="ltr" data-word="ltr">${t('ltr')}</option>
          <option value="rtl" data-word="rtl">${t('rtl')}</option>
        </select>
      </label>
      <p class="watching" data-word="watching">${t('watching', { file })}</p>
    </header>
    <main>
      <section class="report" aria-labelledby="report-title">
        <h2 id="report-title" data-word="report">${t('report')}</h2>
        <p id="report-summary" role="status"></p>
        <ul id="report-list"></ul>
      </section>
      <fine-story src="/story.json" id="article">
        <h2 data-word="timeline">${t('timeline')}</h2>
        <fine-timeline></fine-timeline>
        <h2 data-word="comparison">${t('comparison')}</h2>
        <fine-comparison></fine-comparison>
        <h2 data-word="quotes" id="quotes-title" hidden>${t('quotes')}</h2>
        <div id="quotes"></div>
        <h2 data-word="actors">${t('actors')}</h2>
        <fine-actor-map></fine-actor-map>
      </fine-story>
    </main>
  </body>
</html>
`;
}
