/**
 * `lintStory`: what a valid story allows but an editor probably did not mean
 * (a text missing one of the story's languages, a relation from an actor to
 * itself, the same relation twice, a currency the platform does not know, a
 * source published before the fact it is cited for).
 * Shown by `fine-kit validate`; never fatal, and not part of any element's bundle.
 */
import type { Story, Text } from './types.js';
import { pointer, type Params, type StoryWarning } from './errors.js';
import { dateEnd, dateStart } from './dates.js';
import { indexStory } from './derive.js';

export function lintStory(story: Story): StoryWarning[] {
  const warnings: StoryWarning[] = [];
  const add = (path: (string | number)[], code: StoryWarning['code'], params: Params = {}) =>
    warnings.push({ path: pointer(path), code, params });

  // A text map that lacks one of the story's languages will show a fallback.
  const texts = (path: (string | number)[], text: Text | undefined) => {
    if (text === undefined || typeof text === 'string') return;
    for (const lang of story.languages) if (!(lang in text)) add(path, 'missing-translation', { lang });
  };
  texts(['title'], story.title);
  texts(['summary'], story.summary);
  story.actors.forEach((a, i) => (texts(['actors', i, 'name'], a.name), texts(['actors', i, 'role'], a.role)));
  story.events.forEach((e, i) => (texts(['events', i, 'title'], e.title), texts(['events', i, 'body'], e.body)));
  story.eras?.forEach((e, i) => texts(['eras', i, 'title'], e.title));
  story.fines.forEach((f, i) => texts(['fines', i, 'reason'], f.reason));
  story.quotes.forEach((q, i) => {
    for (const lang of story.languages) {
      const has = lang === q.lang || (q.translations && lang in q.translations);
      if (!has) add(['quotes', i, 'translations'], 'missing-translation', { lang });
    }
  });

  const links = new Set<string>();
  story.relations.forEach((r, i) => {
    if (r.from === r.to) add(['relations', i], 'self-loop', { id: r.from });
    const key = `${r.from}\u0000${r.to}\u0000${r.kind}`;
    if (links.has(key)) add(['relations', i], 'duplicate-relation', { from: r.from, to: r.to });
    links.add(key);
  });

  // A source cannot report what had not happened when it was published.
  const { sources } = indexStory(story);
  const cited = (path: (string | number)[], date: string | undefined, ids: readonly string[]) =>
    ids.forEach((id, k) => {
      const source = sources.get(id);
      if (date && source?.date && dateEnd(source.date) <= dateStart(date)) {
        add([...path, 'sources', k], 'source-before-fact', { source: id, published: source.date, date });
      }
    });
  story.events.forEach((e, i) => cited(['events', i], e.date, e.sources));
  story.relations.forEach((r, i) => cited(['relations', i], r.date, r.sources));
  story.quotes.forEach((q, i) => cited(['quotes', i], q.date, q.sources));
  story.fines.forEach((f, i) => {
    cited(['fines', i], f.date, f.sources);
    f.history?.forEach((step, j) => cited(['fines', i, 'history', j], step.date, step.sources));
  });

  const known = knownCurrencies();
  if (known) {
    story.fines.forEach((f, i) => {
      if (!known.has(f.amount.currency)) {
        add(['fines', i, 'amount', 'currency'], 'unknown-currency', { currency: f.amount.currency });
      }
    });
  }
  return warnings;
}

let currencies: Set<string> | null | undefined;
/** ISO 4217 codes the platform knows, or null where `Intl` cannot list them. */
export function knownCurrencies(): Set<string> | null {
  if (currencies === undefined) {
    const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
    currencies = intl.supportedValuesOf ? new Set(intl.supportedValuesOf('currency')) : null;
  }
  return currencies;
}
