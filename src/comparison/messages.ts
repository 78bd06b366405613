/** The fine comparison's own words; `{name}` placeholders are filled by `fill`. */
import type { MessageTable } from '../i18n/types.js';

export interface ComparisonMessages {
  /** Name of the list of bars (and caption of the table), by sort order. */
  byAmount: string;
  byDate: string;
  /** The toggle between the chart and the table (`aria-pressed`). */
  table: string;
  company: string;
  authority: string;
  date: string;
  amount: string;
  /** Said of the highlighted fine. */
  story: string;
  /** The annotation: against the next largest fine, or the one `compare-to` names. */
  next: string;
  chosen: string;
  /** The aggregate row: how many fines, and their total. */
  more: string;
  total: string;
  /** Notes naming the fines left out, and why. */
  invalid: string;
  currency: string;
  conversion: string;
  zeroLog: string;
  converted: string;
  /** Error view: nothing can be charted. */
  nothing: string;
  sep: string;
}

export const comparisonMessages: MessageTable<ComparisonMessages> = {
  en: {
    byAmount: 'Fines, largest first',
    byDate: 'Fines, oldest first',
    table: 'Table',
    company: 'Company',
    authority: 'Authority',
    date: 'Date',
    amount: 'Amount',
    story: 'the story’s fine',
    next: '{ratio} the next largest, {name} ({amount})',
    chosen: '{ratio} the fine on {name} ({amount})',
    more: '{count} more fines',
    total: 'total {amount}',
    invalid: 'Left out, invalid data: {list}.',
    currency: 'Left out, unknown currency: {list}.',
    conversion: 'Left out: {list} are in {currencies}, and the story gives no rate to {currency}, so they cannot be compared.',
    zeroLog: 'Not on the logarithmic scale, amount zero: {list}.',
    converted: 'Converted to {currency} at the story’s rates: {list}.',
    nothing: 'There is no fine to chart.',
    sep: ', ',
  },
  fr: {
    byAmount: 'Amendes, de la plus lourde à la plus légère',
    byDate: 'Amendes, de la plus ancienne à la plus récente',
    table: 'Tableau',
    company: 'Entreprise',
    authority: 'Autorité',
    date: 'Date',
    amount: 'Montant',
    story: 'l’amende de l’article',
    next: '{ratio} la suivante, {name} ({amount})',
    chosen: '{ratio} l’amende de {name} ({amount})',
    more: '{count} autres amendes',
    total: 'au total {amount}',
    invalid: 'Écartées, données invalides\u00a0: {list}.',
    currency: 'Écartées, devise inconnue\u00a0: {list}.',
    conversion: 'Écartées\u00a0: {list} sont en {currencies} et l’histoire ne donne aucun taux vers {currency}, on ne peut pas les comparer.',
    zeroLog: 'Absentes de l’échelle logarithmique, montant nul\u00a0: {list}.',
    converted: 'Converties en {currency} aux taux de l’histoire\u00a0: {list}.',
    nothing: 'Il n’y a aucune amende à représenter.',
    sep: ', ',
  },
  ar: {
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
  },
};
