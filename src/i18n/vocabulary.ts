/**
 * The names of the story's categories in each language: actor kinds,
 * relations (as the middle of a sentence: "La Quadrature du Net → complained
 * to → CNIL"), laws and fine statuses. Separate from the core messages so an
 * element that does not show them does not carry them.
 */
import type { ActorKind, FineStatus, Law, RelationKind } from '../story/types.js';
import type { WordTable } from './types.js';

export interface Vocabulary {
  actorKinds: Record<ActorKind, string>;
  relationKinds: Record<RelationKind, string>;
  laws: Record<Law, string>;
  fineStatuses: Record<FineStatus, string>;
}

declare module './types.js' {
  interface LanguagePack {
    vocabulary: Vocabulary;
  }
}

export const vocabulary: WordTable<'vocabulary'> = {
  pack: 'vocabulary',
  en: {
    actorKinds: {
      company: 'Company',
      regulator: 'Regulator',
      court: 'Court',
      ngo: 'NGO',
      person: 'Person',
      media: 'Media',
      institution: 'Institution',
    },
    relationKinds: {
      'complained-to': 'complained to',
      'referred-to': 'referred the case to',
      fined: 'fined',
      appealed: 'appealed to',
      'ruled-on': 'ruled on',
      reported: 'reported on',
      criticised: 'criticised',
      'cooperated-with': 'cooperated with',
      disclosed: 'disclosed',
      'parent-of': 'is the parent company of',
      'apologised-to': 'apologised to',
      represented: 'represented',
    },
    laws: { gdpr: 'GDPR', eprivacy: 'ePrivacy (cookies)' },
    fineStatuses: {
      final: 'Final',
      'under-appeal': 'Under appeal',
      upheld: 'Upheld on appeal',
      reduced: 'Reduced on appeal',
      annulled: 'Annulled',
    },
  },
  load: { ar: () => import('./vocabulary.ar.js'), fr: () => import('./vocabulary.fr.js') },
};
