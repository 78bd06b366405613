/** The words for `lintStory`'s warnings, used by the command line. */
import type { StoryWarning, StoryWarningCode } from '../story/errors.js';
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

export function describeWarning(lang: string, warning: StoryWarning): string {
  return fill(pickMessages(warnings, lang)[warning.code], warning.params);
}
