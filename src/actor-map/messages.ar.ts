/** The actor map’s words in Arabic: loaded the first time an element speaks Arabic. */
import type { LanguagePack } from '../i18n/types.js';

export const actorMap: LanguagePack['actorMap'] = {
  map: 'خريطة الأطراف (الأطراف: {actors}، العلاقات: {relations})',
  node: '{name}، {kind}، العلاقات: {n}',
  hint: 'اختر طرفًا لعرض علاقاته. بلوحة المفاتيح: Tab لدخول الخريطة، والأسهم للتنقل بين الأطراف، وEnter للاختيار، وEscape للإلغاء.',
  hintTouch: 'المس طرفًا لعرض علاقاته؛ ويعرضها زر «جدول» كلها.',
  table: 'جدول',
  caption: 'من فعل ماذا بمن',
  from: 'مَن',
  relation: 'فعل ماذا',
  to: 'بمَن',
  date: 'متى',
  legend: 'أنواع الأطراف',
  isolated: 'أطراف بلا صلة بغيرها',
  large: 'شبكة كبيرة (الأطراف: {n}): تظهر الأسماء للطرف المختار وجيرانه.',
  tooLarge: 'هذه الشبكة أكبر من أن تُرسم بوضوح (الأطراف: {actors}، العلاقات: {relations}): كل العلاقات في الجدول.',
  rulings: {
    upheld: 'أيّد الغرامة المفروضة على',
    reduced: 'خفّض الغرامة المفروضة على',
    annulled: 'ألغى الغرامة المفروضة على',
  },
  close: 'إلغاء الاختيار',
  relations: 'العلاقات',
  arrow: '←',
  sep: '، ',
  times: '×{n}',
  more: 'عرض المزيد من العلاقات (المعروض {shown} من {total})',
  showAll: 'عرض العلاقات كلها ({n})',
  showRest: 'عرض البقية',
  empty: 'لا أطراف في هذه القصة.',
};
