/** The fine comparison’s words in French: loaded the first time an element speaks French. */
import type { LanguagePack } from '../i18n/types.js';

export const comparison: LanguagePack['comparison'] = {
  byAmount: 'Amendes, de la plus lourde à la plus légère',
  byDate: 'Amendes, de la plus ancienne à la plus récente',
  table: 'Tableau',
  company: 'Entreprise',
  authority: 'Autorité',
  date: 'Date',
  amount: 'Montant',
  status: 'Statut',
  story: 'l’amende de l’article',
  next: '{ratio} la suivante, {name}, {amount}',
  chosen: '{ratio} l’amende de {name}, {amount}',
  largest: 'La plus forte amende encore en vigueur, {name}, {amount}, vaut {ratio} celle-ci',
  largestImposed: 'La plus forte amende encore en vigueur, {name}, {amount}, vaut {ratio} celle-ci telle qu’infligée',
  imposed: 'Telle qu’infligée, {comparison}',
  annotated: '{status}. {comparison}',
  key: 'Hachuré\u00a0: la part d’une amende annulée ou réduite en appel.',
  more: '{count} autres amendes',
  total: 'au total {amount}',
  invalid: 'Écartées, données invalides\u00a0: {list}.',
  currency: 'Écartées, devise inconnue\u00a0: {list}.',
  conversion:
    'Écartées\u00a0: {list} sont en {currencies} et l’histoire ne donne aucun taux vers {currency}, on ne peut pas les comparer.',
  zeroLog: 'Absentes de l’échelle logarithmique, montant nul\u00a0: {list}.',
  annulled: 'Non représentées, annulées\u00a0: {list}.',
  converted: 'Converties en {currency} aux taux de l’histoire\u00a0: {list}.',
  nothing: 'Il n’y a aucune amende à représenter.',
  sep: ', ',
};
