/** The actor map’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from '../i18n/types.js';

export const actorMap: LanguagePack['actorMap'] = {
  map: 'خريطة الأطراف (الأطراف: {actors}، العلاقات: {relations})',
  node: '{name}، {kind}، العلاقات: {n}',
  hint: 'اضغط Tab لدخول الخريطة، والأسهم للتنقل بين الأطراف، وEnter لعرض علاقات الطرف، وEscape للإلغاء.',
  table: 'جدول',
  caption: 'من فعل ماذا بمن',
  from: 'مَن',
  relation: 'فعل ماذا',
  to: 'بمَن',
  date: 'متى',
  legend: 'أنواع الأطراف',
  isolated: 'أطراف بلا صلة بغيرها:',
  large: 'شبكة كبيرة (الأطراف: {n}): تظهر الأسماء للطرف المختار وجيرانه.',
  close: 'إلغاء الاختيار',
  relations: 'العلاقات',
  arrow: '←',
  sep: '، ',
  times: '×{n}',
  empty: 'لا أطراف في هذه القصة.',
};
