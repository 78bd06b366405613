// The preview page: language and direction switches for every element, the
// report of what is wrong with the story (each item with its JSON path or
// file:row:column), a card per quote, and a reload when the file is saved.
import { dirOf, say } from './words.js';

const params = new URLSearchParams(location.search);
const langSelect = /** @type {HTMLSelectElement} */ (document.getElementById('lang'));
const dirSelect = /** @type {HTMLSelectElement} */ (document.getElementById('dir'));
const file = document.body.dataset['file'] ?? '';
let lang = params.get('lang') ?? document.documentElement.lang;
let dir = params.get('dir') ?? 'auto';
langSelect.value = lang;
dirSelect.value = dir;

/** Language and direction on the page and on every element (they watch their own attributes). */
function applyLocale() {
  const resolved = dir === 'auto' ? dirOf(lang) : dir;
  document.documentElement.lang = lang;
  document.documentElement.dir = resolved;
  for (const el of document.querySelectorAll('fine-story, fine-story *')) {
    if (!el.localName.startsWith('fine-')) continue;
    el.setAttribute('lang', lang);
    el.setAttribute('dir', resolved);
  }
  for (const el of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-word]'))) {
    el.textContent = say(lang, /** @type {any} */ (el.dataset['word']), { file });
  }
  const query = new URLSearchParams({ lang, dir });
  history.replaceState(null, '', `?${query}`);
}

/** The server's report in the page's language. */
async function showReport() {
  const summary = /** @type {HTMLElement} */ (document.getElementById('report-summary'));
  const list = /** @type {HTMLElement} */ (document.getElementById('report-list'));
  let report;
  try {
    report = await (await fetch(`/report.json?lang=${encodeURIComponent(lang)}`)).json();
  } catch (e) {
    summary.textContent = say(lang, 'unreadable', { file, detail: String(e) });
    return;
  }
  const errors = report.items.filter((/** @type {any} */ i) => i.level === 'error').length;
  summary.textContent =
    report.valid && !errors
      ? `${say(lang, 'valid')} ${say(lang, 'counts', { errors, warnings: report.items.length - errors })}`
      : say(lang, 'counts', { errors, warnings: report.items.length - errors });
  summary.className = errors ? 'bad' : 'good';
  list.replaceChildren(
    ...report.items.map((/** @type {any} */ item) => {
      const li = document.createElement('li');
      li.className = item.level;
      const level = document.createElement('strong');
      level.textContent = `${say(lang, item.level)}: `;
      const where = document.createElement('code');
      where.dir = 'ltr';
      where.textContent = item.location;
      const message = document.createElement('span');
      message.textContent = ` ${item.message}`;
      li.append(level, where, message);
      return li;
    }),
  );
  document.body.dataset['report'] = String(report.version);
}

/** One quote card per quote of the story, once it has loaded. */
async function showQuotes() {
  const box = /** @type {HTMLElement} */ (document.getElementById('quotes'));
  let story;
  try {
    story = await (await fetch('/story.json')).json();
  } catch {
    return;
  }
  const quotes = Array.isArray(story?.quotes) ? story.quotes : [];
  /** @type {HTMLElement} */ (document.getElementById('quotes-title')).hidden = !quotes.length;
  box.replaceChildren(
    ...quotes.map((/** @type {any} */ q) => {
      const el = document.createElement('fine-quote');
      el.setAttribute('quote', String(q.id));
      return el;
    }),
  );
  applyLocale();
}

langSelect.addEventListener('change', () => {
  lang = langSelect.value;
  applyLocale();
  void showReport();
});
dirSelect.addEventListener('change', () => {
  dir = dirSelect.value;
  applyLocale();
});

// Saved: the server says so, and the page starts again with the same language and direction.
new EventSource('/events').addEventListener('change', () => location.reload());

applyLocale();
await Promise.all([showReport(), showQuotes()]);
document.body.dataset['ready'] = 'true';
