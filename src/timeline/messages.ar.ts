/** The timeline’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from '../i18n/types.js';

export const timeline: LanguagePack['timeline'] = {
  events: 'الأحداث',
  filter: 'تصفية الأحداث',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  reset: 'عرض الكل',
  close: 'إغلاق',
  cluster: 'أحداث عددها {n}، {dates}: للتكبير',
  clusterLabel: 'أحداث عددها {n}، {dates}',
  showAll: 'عرض كل الأحداث ({n})',
  fineStatus: 'الغرامة',
  fineStatuses: 'الغرامات',
  fineLine: '{company}، {amount}: {status}',
  shown: '{n} من {total}',
  none: 'لا أحداث.',
  ongoing: 'مستمرة',
  actors: 'الأطراف',
  earlier: 'السابقة ({n})',
  later: 'اللاحقة ({n})',
  sep: '، ',
};
