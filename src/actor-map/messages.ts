import type { MessageTable } from '../i18n/types.js';

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
  /** How to use the map with a keyboard. */
  hint: string;
  /** The button that switches to the table view. */
  table: string;
  caption: string;
  from: string;
  relation: string;
  to: string;
  date: string;
  legend: string;
  /** Before the list of actors with no relation to another. */
  isolated: string;
  /** Shown when the network is too large for every label: "{n} actors". */
  large: string;
  close: string;
  relations: string;
  /** Between the actors and the relation in a sentence: → in LTR, ← in RTL. */
  arrow: string;
  /** Between a sentence and its date. */
  sep: string;
  /** A merged link: "×{n}". */
  times: string;
  empty: string;
}

export const actorMapMessages: MessageTable<ActorMapMessages> = {
  en: {
    map: 'Actor map (actors: {actors}, relations: {relations})',
    node: '{name}, {kind}, relations: {n}',
    hint: 'Tab to enter the map, arrow keys to move between actors, Enter to show an actor’s relations, Escape to clear.',
    table: 'Table',
    caption: 'Who did what to whom',
    from: 'Who',
    relation: 'Did what',
    to: 'To whom',
    date: 'When',
    legend: 'Kinds of actor',
    isolated: 'Not linked to other actors:',
    large: 'Large network (actors: {n}): names are shown for the selected actor and its neighbours.',
    close: 'Clear selection',
    relations: 'Relations',
    arrow: '→',
    sep: ', ',
    times: '×{n}',
    empty: 'This story has no actors.',
  },
  fr: {
    map: 'Carte des acteurs (acteurs : {actors}, relations : {relations})',
    node: '{name}, {kind}, relations : {n}',
    hint: 'Tab pour entrer dans la carte, flèches pour passer d’un acteur à l’autre, Entrée pour afficher ses relations, Échap pour effacer.',
    table: 'Tableau',
    caption: 'Qui a fait quoi à qui',
    from: 'Qui',
    relation: 'A fait quoi',
    to: 'À qui',
    date: 'Quand',
    legend: 'Types d’acteurs',
    isolated: 'Sans lien avec les autres acteurs :',
    large: 'Grand réseau (acteurs : {n}) : les noms sont affichés pour l’acteur choisi et ses voisins.',
    close: 'Effacer la sélection',
    relations: 'Relations',
    arrow: '→',
    sep: ', ',
    times: '×{n}',
    empty: 'Cette histoire n’a pas d’acteurs.',
  },
  ar: {
    map: 'خريطة الأطراف (الأطراف: {actors}، العلاقات: {relations})',
    node: '{name}، {kind}، العلاقات: {n}',
    hint: 'اضغط Tab لدخول الخريطة، والأسهم للتنقل بين الأطراف، وEnter لعرض علاقات الطرف، وEscape للإلغاء.',
    table: 'جدول',
    caption: 'من فعل ماذا بمن',
    from: 'مَن',
    relation: 'فعل ماذا',
    to: 'بمَن',
    date: 'متى',
    legend: 'أنواع الأطراف',
    isolated: 'أطراف بلا صلة بغيرها:',
    large: 'شبكة كبيرة (الأطراف: {n}): تظهر الأسماء للطرف المختار وجيرانه.',
    close: 'إلغاء الاختيار',
    relations: 'العلاقات',
    arrow: '←',
    sep: '، ',
    times: '×{n}',
    empty: 'لا أطراف في هذه القصة.',
  },
};
