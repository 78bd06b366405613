/** The fine comparison’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from '../i18n/types.js';

export const comparison: LanguagePack['comparison'] = {
  byAmount: 'الغرامات من الأكبر إلى الأصغر',
  byDate: 'الغرامات من الأقدم إلى الأحدث',
  table: 'جدول',
  company: 'الشركة',
  authority: 'الجهة',
  date: 'التاريخ',
  amount: 'المبلغ',
  story: 'غرامة القصة',
  next: '{ratio} الغرامة التالية، {name} ({amount})',
  chosen: '{ratio} غرامة {name} ({amount})',
  more: 'غرامات أخرى: {count}',
  total: 'مجموعها {amount}',
  invalid: 'استُبعدت لأن بياناتها غير صالحة: {list}.',
  currency: 'استُبعدت لأن عملتها غير معروفة: {list}.',
  conversion: 'استُبعدت: {list} بعملة {currencies}، ولا تذكر القصة سعر صرف إلى {currency}، فلا تصح المقارنة.',
  zeroLog: 'لا تظهر على المقياس اللوغاريتمي لأن مبلغها صفر: {list}.',
  converted: 'حُوّلت إلى {currency} بأسعار الصرف المذكورة في القصة: {list}.',
  nothing: 'لا توجد غرامة يمكن عرضها.',
  sep: '، ',
};
