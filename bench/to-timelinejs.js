// Converts a fine-kit story into TimelineJS 3 JSON (the format of
// node_modules/@knight-lab/timelinejs/API.md), in one language, so TimelineJS
// can render the same story in the side-by-side benchmark:
//   title/summary → the title slide
//   events        → events: start_date/end_date with year, month, day at the
//                   date's precision ("2021" → { year }, "2021-07" → { year, month });
//                   headline = title; text = body, the disputed-date note,
//                   actors and source links (what <fine-timeline>'s details show)
//   eras          → eras (an era still going on ends on the story's `updated` date, else today)
// TimelineJS reads `text` as HTML, so every story text is escaped.

/** @typedef {import('../src/story/types.js').Story} Story */

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A story text in `lang`, else the story's default language, else any. */
function pick(text, lang, fallback) {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** "2021-07-16" → { year: "2021", month: "7", day: "16" }; fields only down to the date's precision. */
function toTlDate(iso) {
  const [year, month, day] = iso.split('-');
  /** @type {Record<string, string>} */
  const date = { year: String(Number(year)) };
  if (month) date.month = String(Number(month));
  if (day) date.day = String(Number(day));
  return date;
}

/**
 * @param {Story} story a valid story
 * @param {string} lang the language to render (e.g. "en")
 * @param {string} [today] ISO date for eras with no end (default: the story's `updated`, else today)
 */
export function toTimelineJS(story, lang = 'en', today = story.updated ?? new Date().toISOString().slice(0, 10)) {
  const t = (text) => escapeHtml(pick(text, lang, story.lang));
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const sources = new Map(story.sources.map((s) => [s.id, s]));

  const events = story.events.map((e) => {
    const parts = [];
    if (e.body) parts.push(`<p>${t(e.body)}</p>`);
    if (e.dateNote) parts.push(`<p><em>${t(e.dateNote)}</em></p>`);
    const names = (e.actors ?? []).flatMap((id) => (actors.has(id) ? [t(actors.get(id)?.name)] : []));
    if (names.length) parts.push(`<p>${names.join(', ')}</p>`);
    const links = e.sources.flatMap((id) => {
      const s = sources.get(id);
      return s
        ? [
            `<li><a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${t(s.title)}</a> (${escapeHtml(s.publisher)})</li>`,
          ]
        : [];
    });
    if (links.length) parts.push(`<ul>${links.join('')}</ul>`);
    return {
      unique_id: e.id,
      start_date: toTlDate(e.date),
      ...(e.end ? { end_date: toTlDate(e.end) } : {}),
      text: { headline: t(e.title), text: parts.join('') },
    };
  });

  const eras = (story.eras ?? []).map((era) => ({
    start_date: toTlDate(era.start),
    end_date: toTlDate(era.end ?? today),
    text: { headline: t(era.title) },
  }));

  return {
    title: {
      unique_id: `${story.id}-title`,
      text: { headline: t(story.title), text: story.summary ? `<p>${t(story.summary)}</p>` : '' },
    },
    events,
    ...(eras.length ? { eras } : {}),
    scale: 'human',
  };
}
