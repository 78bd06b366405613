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
  },
  laws: { gdpr: 'اللائحة العامة لحماية البيانات', eprivacy: 'الخصوصية الإلكترونية (ملفات تعريف الارتباط)' },
  fineStatuses: {
    final: 'نهائية',
    'under-appeal': 'قيد الطعن',
    upheld: 'أُيّدت في الطعن',
    reduced: 'خُفّضت في الطعن',
    annulled: 'أُلغيت',
  },
};
