/**
 * The names of the story's categories in each language: actor kinds,
 * relations (as the middle of a sentence: "La Quadrature du Net → complained
 * to → CNIL"), laws and fine statuses. Separate from the core messages so an
 * element that does not show them does not carry them.
 */
import type { ActorKind, ChangeKind, DatePrecision, FineStatus, Law, RelationKind } from '../story/types.js';
import type { WordTable } from './types.js';

export interface Vocabulary {
  actorKinds: Record<ActorKind, string>;
  relationKinds: Record<RelationKind, string>;
  laws: Record<Law, string>;
  fineStatuses: Record<FineStatus, string>;
  /** A fine's dated status as a phrase: "Annulled {on}", "Reduced to {amount} {on}", "Under appeal {since}". */
  fineStatusSteps: Record<FineStatus, string>;
  /** The `{on}` and `{since}` of a step, by the precision of its date: "on 12 March 2026", "in 2025", "since 2025". */
  stepDates: { on: Record<DatePrecision, string>; since: Record<DatePrecision, string> };
  /** A step with who decided it: "{step} ({by})". */
  stepBy: string;
  /** The kinds of change notes: "Update", "Correction". */
  changeKinds: Record<ChangeKind, string>;
  /** The story's last change, shown unobtrusively: "Updated {date}". */
  updatedOn: string;
  /** Heading of the list of a story's changes. */
  changesTitle: string;
  /** An element's one-line source credit, from the story's `captions`: "Source: {credit}". */
  credit: string;
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
      led: 'headed',
    },
    laws: { gdpr: 'GDPR', eprivacy: 'ePrivacy (cookies)' },
    fineStatuses: {
      final: 'Final',
      'under-appeal': 'Under appeal',
      upheld: 'Upheld on appeal',
      reduced: 'Reduced on appeal',
      annulled: 'Annulled',
    },
    fineStatusSteps: {
      final: 'Final {since}',
      'under-appeal': 'Under appeal {since}',
      upheld: 'Upheld {on}',
      reduced: 'Reduced to {amount} {on}',
      annulled: 'Annulled {on}',
    },
    stepDates: {
      on: { day: 'on {date}', month: 'in {date}', year: 'in {date}' },
      since: { day: 'since {date}', month: 'since {date}', year: 'since {date}' },
    },
    stepBy: '{step} ({by})',
    changeKinds: { update: 'Update', correction: 'Correction' },
    updatedOn: 'Updated {date}',
    changesTitle: 'Updates and corrections',
    credit: 'Source: {credit}',
  },
  load: { ar: () => import('./vocabulary.ar.js'), fr: () => import('./vocabulary.fr.js') },
};
