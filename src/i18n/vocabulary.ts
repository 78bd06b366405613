/**
 * The names of the story's categories in each language: actor kinds,
 * relations (as the middle of a sentence: "La Quadrature du Net → complained
 * to → CNIL"), laws and fine statuses. Separate from the core messages so an
 * element that does not show them does not carry them.
 */
import type { ActorKind, FineStatus, Law, RelationKind } from '../story/types.js';
import type { MessageTable } from './types.js';

export interface Vocabulary {
  actorKinds: Record<ActorKind, string>;
  relationKinds: Record<RelationKind, string>;
  laws: Record<Law, string>;
  fineStatuses: Record<FineStatus, string>;
}

export const vocabulary: MessageTable<Vocabulary> = {
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
  fr: {
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
    },
    laws: { gdpr: 'RGPD', eprivacy: 'ePrivacy (cookies)' },
    fineStatuses: {
      final: 'Définitive',
      'under-appeal': 'En appel',
      upheld: 'Confirmée en appel',
      reduced: 'Réduite en appel',
      annulled: 'Annulée',
    },
  },
  ar: {
    actorKinds: {
      company: 'شركة',
      regulator: 'هيئة رقابية',
      court: 'محكمة',
      ngo: 'منظمة غير حكومية',
      person: 'شخص',
      media: 'وسيلة إعلام',
      institution: 'مؤسسة',
    },
    relationKinds: {
      'complained-to': 'تقدّم بشكوى إلى',
      'referred-to': 'أحال الملف إلى',
      fined: 'فرض غرامة على',
      appealed: 'طعن أمام',
      'ruled-on': 'أصدر حكمًا بشأن',
      reported: 'كشف خبر',
      criticised: 'انتقد',
      'cooperated-with': 'تعاون مع',
      disclosed: 'أعلن عن',
      'parent-of': 'الشركة الأم لـ',
      'apologised-to': 'اعتذر إلى',
      represented: 'مثّل',
    },
    laws: { gdpr: 'اللائحة العامة لحماية البيانات', eprivacy: 'الخصوصية الإلكترونية (ملفات تعريف الارتباط)' },
    fineStatuses: {
      final: 'نهائية',
      'under-appeal': 'قيد الطعن',
      upheld: 'أُيّدت في الطعن',
      reduced: 'خُفّضت في الطعن',
      annulled: 'أُلغيت',
    },
  },
};
