import type { WordTable } from '../i18n/types.js';
import type { Ruling } from './relations.js';

/**
 * The actor map's own words; `{name}` placeholders are filled by `fill`.
 * Kinds of actor and relation are in `src/i18n/vocabulary.ts`. Counts are
 * written as "relations: 6", never "6 relations", so no language needs plural forms.
 */
export interface ActorMapMessages {
  /** Name of the drawing, with its counts. */
  map: string;
  /** A node: "{name}, {kind}, relations: {n}". */
  node: string;
  /** How to use the map with a keyboard and a mouse. */
  hint: string;
  /** How to use the map by touch (a phone, a tablet): no keys. */
  hintTouch: string;
  /** The button that switches to the table view. */
  table: string;
  caption: string;
  from: string;
  relation: string;
  to: string;
  date: string;
  legend: string;
  /** The label of the row of actors with no relation to another. */
  isolated: string;
  /** Shown when the network is too large for every label: "{n} actors". */
  large: string;
  /** Shown instead of the map when the network is too large to draw legibly. */
  tooLarge: string;
  /** A relation that is a court's ruling on a fine, as the middle of a sentence: "annulled the fine on". */
  rulings: Record<Ruling, string>;
  close: string;
  relations: string;
  /** Between the actors and the relation in a sentence: → in LTR, ← in RTL. */
  arrow: string;
  /** Between a sentence and its date. */
  sep: string;
  /** A merged link: "×{n}". */
  times: string;
  /** The button under a long table: "{shown}" rows of "{total}" are shown. */
  more: string;
  /** The button under a phone's list of every relation, cut at the height the reservation leaves: "{n}" relations in all. */
  showAll: string;
  /** The button under a phone's panel of the selected actor, cut likewise. */
  showRest: string;
  empty: string;
}

declare module '../i18n/types.js' {
  interface LanguagePack {
    actorMap: ActorMapMessages;
  }
}

export const actorMapMessages: WordTable<'actorMap'> = {
  pack: 'actorMap',
  en: {
    map: 'Actor map (actors: {actors}, relations: {relations})',
    node: '{name}, {kind}, relations: {n}',
    hint: 'Select an actor to see its relations. Keyboard: Tab to enter the map, arrow keys to move between actors, Enter to select, Escape to clear.',
    hintTouch: 'Tap an actor to see its relations; the Table button lists them all.',
    table: 'Table',
    caption: 'Who did what to whom',
    from: 'Who',
    relation: 'Did what',
    to: 'To whom',
    date: 'When',
    legend: 'Kinds of actor',
    isolated: 'Not linked to other actors',
    large: 'Large network (actors: {n}): names are shown for the selected actor and its neighbours.',
    tooLarge:
      'This network is too large to draw legibly (actors: {actors}, relations: {relations}): every relation is in the table.',
    rulings: { upheld: 'upheld the fine on', reduced: 'reduced the fine on', annulled: 'annulled the fine on' },
    close: 'Clear selection',
    relations: 'Relations',
    arrow: '→',
    sep: ', ',
    times: '×{n}',
    more: 'Show more relations ({shown} of {total} shown)',
    showAll: 'Show all {n} relations',
    showRest: 'Show the rest',
    empty: 'This story has no actors.',
  },
  load: { ar: () => import('./messages.ar.js'), fr: () => import('./messages.fr.js') },
};
