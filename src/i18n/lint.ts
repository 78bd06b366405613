/** The words for `lintStory`'s warnings and `checkStory`'s errors, used by the command line. */
import type { StoryCheck, StoryCheckCode, StoryWarning, StoryWarningCode } from '../story/errors.js';
import { fill, pickMessages } from './index.js';
import type { MessageTable } from './types.js';

const warnings: MessageTable<Record<StoryWarningCode, string>> = {
  en: {
    'missing-translation': 'No "{lang}" version: readers in that language will see another one.',
    'self-loop': '"{id}" is related to itself.',
    'duplicate-relation': 'The same relation from "{from}" to "{to}" appears twice.',
    'unknown-currency': '"{currency}" is not a currency this platform knows.',
    'source-before-fact': 'The source "{source}" ({published}) was published before what it is cited for ({date}).',
  },
  fr: {
    'missing-translation': 'Pas de version « {lang} » : les lecteurs de cette langue en verront une autre.',
    'self-loop': '« {id} » est relié à lui-même.',
    'duplicate-relation': 'La même relation de « {from} » vers « {to} » apparaît deux fois.',
    'unknown-currency': '« {currency} » n’est pas une devise connue de cette plateforme.',
    'source-before-fact': 'La source « {source} » ({published}) a été publiée avant ce qu’elle doit étayer ({date}).',
  },
  ar: {
    'missing-translation': 'لا توجد نسخة بلغة "{lang}": سيرى قرّاء هذه اللغة نسخة بلغة أخرى.',
    'self-loop': 'الطرف "{id}" مرتبط بنفسه.',
    'duplicate-relation': 'العلاقة نفسها من "{from}" إلى "{to}" مكرّرة.',
    'unknown-currency': '"{currency}" ليست عملة تعرفها هذه المنصة.',
    'source-before-fact': 'المصدر "{source}" ({published}) نُشر قبل ما يُستشهد به عليه ({date}).',
  },
};

const checks: MessageTable<Record<StoryCheckCode, string>> = {
  en: {
    'history-before-fine': 'This step ({date}) comes before the fine itself ({fine}).',
    'history-order': 'Steps go oldest first: {date} is earlier than the step before it ({previous}).',
    'reduced-amount': 'A "reduced" step needs "amount": the amount left standing.',
    'amount-not-reduced': '"amount" belongs to a "reduced" step only, not to "{status}".',
    'not-lower': 'The reduced amount ({amount}) is not below the amount before it ({before}) in the same currency.',
    'status-mismatch': 'The status "{status}" is not that of the last step in "history" ("{last}").',
    'updated-missing': '"updated" is required when the story lists changes: the day of the last one.',
    'changes-order': 'Changes go oldest first: {date} is earlier than the change before it ({previous}).',
    'change-after-updated': 'This change ({date}) is dated after the story’s "updated" date ({updated}).',
  },
  fr: {
    'history-before-fine': 'Cette étape ({date}) précède l’amende elle-même ({fine}).',
    'history-order':
      'Les étapes vont de la plus ancienne à la plus récente : {date} précède l’étape qui la devance ({previous}).',
    'reduced-amount': 'Une étape « reduced » doit indiquer « amount » : le montant maintenu.',
    'amount-not-reduced': '« amount » ne s’emploie que pour une étape « reduced », pas « {status} ».',
    'not-lower':
      'Le montant réduit ({amount}) n’est pas inférieur au montant précédent ({before}) dans la même devise.',
    'status-mismatch': 'Le statut « {status} » n’est pas celui de la dernière étape de « history » (« {last} »).',
    'updated-missing': '« updated » est obligatoire quand le récit liste des modifications : la date de la dernière.',
    'changes-order':
      'Les modifications vont de la plus ancienne à la plus récente : {date} précède celle qui la devance ({previous}).',
    'change-after-updated': 'Cette modification ({date}) est postérieure à la date « updated » du récit ({updated}).',
  },
  ar: {
    'history-before-fine': 'هذه المرحلة ({date}) تسبق تاريخ الغرامة نفسها ({fine}).',
    'history-order': 'تُرتَّب المراحل من الأقدم إلى الأحدث: التاريخ {date} أسبق من المرحلة التي قبله ({previous}).',
    'reduced-amount': 'مرحلة «reduced» تتطلب الحقل «amount»: المبلغ الذي بقي بعد التخفيض.',
    'amount-not-reduced': 'الحقل «amount» خاص بمرحلة «reduced» وحدها، لا بمرحلة «{status}».',
    'not-lower': 'المبلغ المخفَّض ({amount}) ليس أقل من المبلغ السابق ({before}) بالعملة نفسها.',
    'status-mismatch': 'الحالة «{status}» لا تطابق حالة آخر مرحلة في «history» («{last}»).',
    'updated-missing': 'الحقل «updated» إلزامي عندما تذكر القصة تعديلات: تاريخ آخرها.',
    'changes-order': 'تُرتَّب التعديلات من الأقدم إلى الأحدث: التاريخ {date} أسبق من التعديل الذي قبله ({previous}).',
    'change-after-updated': 'تاريخ هذا التعديل ({date}) لاحق لتاريخ تحديث القصة «updated» ({updated}).',
  },
};

/** A `checkStory` error as a sentence in `lang` (English when the kit does not speak it). */
export function describeCheck(lang: string, check: StoryCheck): string {
  return fill(pickMessages(checks, lang)[check.code], check.params);
}

export function describeWarning(lang: string, warning: StoryWarning): string {
  return fill(pickMessages(warnings, lang)[warning.code], warning.params);
}
