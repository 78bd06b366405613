/** The timeline’s words in French: loaded the first time an element speaks French. */
import type { LanguagePack } from '../i18n/types.js';

export const timeline: LanguagePack['timeline'] = {
  events: 'Événements',
  filter: 'Filtrer les événements',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  reset: 'Tout voir',
  close: 'Fermer',
  cluster: '{n} événements, {dates} : zoomer',
  clusterLabel: '{n} événements, {dates}',
  showAll: 'Voir les {n} événements',
  fineStatus: 'L’amende',
  fineStatuses: 'Les amendes',
  fineLine: '{company}, {amount} : {status}',
  shown: '{n} sur {total}',
  none: 'Aucun événement.',
  ongoing: 'en cours',
  actors: 'Acteurs',
  earlier: 'Précédents ({n})',
  later: 'Suivants ({n})',
  sep: ', ',
};
