/** The names of actor kinds, relations, laws and fine statuses in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from './types.js';

export const vocabulary: LanguagePack['vocabulary'] = {
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
    led: 'ترأّس',
  },
  laws: { gdpr: 'اللائحة العامة لحماية البيانات', eprivacy: 'الخصوصية الإلكترونية (ملفات تعريف الارتباط)' },
  fineStatuses: {
    final: 'نهائية',
    'under-appeal': 'قيد الطعن',
    upheld: 'أُيّدت في الطعن',
    reduced: 'خُفّضت في الطعن',
    annulled: 'أُلغيت',
  },
  fineStatusSteps: {
    final: 'نهائية {since}',
    'under-appeal': 'قيد الطعن {since}',
    upheld: 'أُيّدت {on}',
    reduced: 'خُفّضت إلى {amount} {on}',
    annulled: 'أُلغيت {on}',
  },
  stepDates: {
    on: { day: 'في {date}', month: 'في {date}', year: 'في {date}' },
    since: { day: 'منذ {date}', month: 'منذ {date}', year: 'منذ {date}' },
  },
  stepBy: '{step} ({by})',
  changeKinds: { update: 'تحديث', correction: 'تصحيح' },
  updatedOn: 'آخر تحديث: {date}',
  changesTitle: 'التحديثات والتصحيحات',
  credit: 'المصدر: {credit}',
};
