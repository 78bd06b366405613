/** The actor map’s words in French: loaded the first time an element speaks French. */
import type { LanguagePack } from '../i18n/types.js';

export const actorMap: LanguagePack['actorMap'] = {
  map: 'Carte des acteurs (acteurs : {actors}, relations : {relations})',
  node: '{name}, {kind}, relations : {n}',
  hint: 'Choisissez un acteur pour voir ses relations. Au clavier : Tab pour entrer dans la carte, flèches pour passer d’un acteur à l’autre, Entrée pour choisir, Échap pour effacer.',
  hintTouch: 'Touchez un acteur pour voir ses relations ; le bouton Tableau les liste toutes.',
  table: 'Tableau',
  caption: 'Qui a fait quoi à qui',
  from: 'Qui',
  relation: 'A fait quoi',
  to: 'À qui',
  date: 'Quand',
  legend: 'Types d’acteurs',
  isolated: 'Sans lien avec les autres acteurs',
  large: 'Grand réseau (acteurs : {n}) : les noms sont affichés pour l’acteur choisi et ses voisins.',
  tooLarge:
    'Ce réseau est trop grand pour être dessiné lisiblement (acteurs : {actors}, relations : {relations}) : toutes les relations sont dans le tableau.',
  rulings: {
    upheld: 'a confirmé l’amende infligée à',
    reduced: 'a réduit l’amende infligée à',
    annulled: 'a annulé l’amende infligée à',
  },
  close: 'Effacer la sélection',
  relations: 'Relations',
  arrow: '→',
  sep: ', ',
  times: '×{n}',
  more: 'Afficher plus de relations ({shown} sur {total} affichées)',
  showAll: 'Afficher les {n} relations',
  showRest: 'Afficher la suite',
  empty: 'Cette histoire n’a pas d’acteurs.',
};
