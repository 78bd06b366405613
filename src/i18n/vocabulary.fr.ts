/** The names of actor kinds, relations, laws and fine statuses in French: loaded the first time an element speaks French. */
import type { LanguagePack } from './types.js';

export const vocabulary: LanguagePack['vocabulary'] = {
  actorKinds: {
    company: 'Entreprise',
    regulator: 'Autorité de contrôle',
    court: 'Juridiction',
    ngo: 'Association',
    person: 'Personne',
    media: 'Média',
    institution: 'Institution',
  },
  relationKinds: {
    'complained-to': 'a porté plainte auprès de',
    'referred-to': 'a transmis le dossier à',
    fined: 'a sanctionné',
    appealed: 'a fait appel devant',
    'ruled-on': 's’est prononcé sur',
    reported: 'a révélé l’affaire concernant',
    criticised: 'a critiqué',
    'cooperated-with': 'a coopéré avec',
    disclosed: 'a rendu public',
    'parent-of': 'est la maison mère de',
    'apologised-to': 's’est excusé auprès de',
    represented: 'a représenté',
    led: 'a dirigé',
  },
  laws: { gdpr: 'RGPD', eprivacy: 'ePrivacy (cookies)' },
  fineStatuses: {
    final: 'Définitive',
    'under-appeal': 'En appel',
    upheld: 'Confirmée en appel',
    reduced: 'Réduite en appel',
    annulled: 'Annulée',
  },
  fineStatusSteps: {
    final: 'Définitive {since}',
    'under-appeal': 'En appel {since}',
    upheld: 'Confirmée {on}',
    reduced: 'Ramenée à {amount} {on}',
    annulled: 'Annulée {on}',
  },
  stepDates: {
    on: { day: 'le {date}', month: 'en {date}', year: 'en {date}' },
    since: { day: 'depuis le {date}', month: 'depuis {date}', year: 'depuis {date}' },
  },
  stepBy: '{step} ({by})',
  changeKinds: { update: 'Mise à jour', correction: 'Rectificatif' },
  updatedOn: 'Mis à jour le {date}',
  changesTitle: 'Mises à jour et rectificatifs',
  credit: 'Source : {credit}',
};
