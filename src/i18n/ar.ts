/** The core's words in Arabic (loading, sources, translation labels; the error messages are in errors.ar.ts): loaded the first time an element speaks Arabic. */
import type { CoreMessages } from './types.js';

export const core: CoreMessages = {
  $lang: 'ar',
  $dir: 'rtl',
  loading: 'جارٍ تحميل القصة…',
  errorTitle: 'تعذّر عرض هذه القصة',
  sources: 'المصادر',
  translation: 'ترجمة',
  translatedFrom: (language) => `مترجم من ${language}`,
  original: 'النص الأصلي',
  paraphrase: 'كلام منقول بتصرّف، وليس اقتباسًا حرفيًا',
  disputedDate: 'تاريخ مختلف عليه',
  fallback: 'معروض باللغة {language}: لا توجد نسخة عربية',
};
