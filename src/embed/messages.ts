/**
 * The embed page's own words: what is wrong with its address, and the names
 * that title a frame for screen readers. One table written whole (the page
 * must speak before anything loads, and the command line prints the titles).
 * Placeholders: `{param}`, `{value}`, `{expected}` (a list in the language's
 * own conjunctions), `{name}`, `{story}`.
 */
import { fill, pickMessages } from '../i18n/index.js';
import type { MessageTable } from '../i18n/types.js';
import type { EmbedErrorCode, EmbedParamError } from './params.js';
import type { EmbedElementName } from './protocol.js';

export interface EmbedMessages {
  /** Heading of the error view. */
  title: string;
  /** Under the heading: where the problem is. */
  hint: string;
  errors: Record<EmbedErrorCode, string>;
  /** After a missing parameter that takes one of a few values. */
  choose: string;
  /** What each element is, for the frame's `title`. */
  names: Record<EmbedElementName, string>;
  /** The frame's title: the element and the story. */
  frameTitle: string;
}

const en: EmbedMessages = {
  title: 'This embed cannot be shown',
  hint: 'Its address (the iframe’s src) has a problem:',
  errors: {
    missing: 'The parameter “{param}” is missing.',
    unknown: 'Unknown parameter “{param}”. This embed takes {expected}.',
    repeated: 'The parameter “{param}” is given more than once.',
    'one-of': '“{param}” must be {expected}, not “{value}”.',
    id: '“{param}” must be an id from the story (lowercase letters, digits and hyphens), not “{value}”.',
    boolean: '“{param}” takes no value, or true or false, not “{value}”.',
    count: '“{param}” must be a whole number from 1 to 9999, not “{value}”.',
    text: '“{param}” is too long: 200 characters at most.',
    'story-url':
      '“story” must be the address of a story file (http or https, absolute or relative to this page), not “{value}”.',
    'not-allowed': 'This server shows only stories from {expected}, not from “{value}”.',
    lang: '“lang” must be a language tag such as ar, en or fr-CA, not “{value}”.',
    origin: '“parent-origin” must be an origin such as https://news.example, not “{value}”.',
    'no-such': '“{param}”: the story has nothing with the id “{value}”.',
  },
  choose: 'It is one of {expected}.',
  names: { timeline: 'Timeline', comparison: 'Fines compared', quote: 'Quote', 'actor-map': 'Who did what' },
  frameTitle: '{name}: {story}',
};

const ar: EmbedMessages = {
  title: 'تعذّر عرض هذا المحتوى المضمَّن',
  hint: 'في عنوانه (src في الإطار) مشكلة:',
  errors: {
    missing: 'المعامل «{param}» غير موجود.',
    unknown: 'معامل غير معروف: «{param}». يقبل هذا المحتوى {expected}.',
    repeated: 'المعامل «{param}» مذكور أكثر من مرة.',
    'one-of': 'يجب أن تكون قيمة «{param}» {expected}، لا «{value}».',
    id: 'يجب أن تكون قيمة «{param}» معرّفًا من القصة (حروف لاتينية صغيرة وأرقام وشَرطات)، لا «{value}».',
    boolean: 'المعامل «{param}» لا يأخذ قيمة، أو يأخذ true أو false، لا «{value}».',
    count: 'يجب أن تكون قيمة «{param}» عددًا صحيحًا من 1 إلى 9999، لا «{value}».',
    text: 'قيمة «{param}» طويلة جدًا: 200 حرف على الأكثر.',
    'story-url': 'يجب أن تكون قيمة «story» عنوان ملف قصة (http أو https، كاملًا أو نسبةً إلى هذه الصفحة)، لا «{value}».',
    'not-allowed': 'لا يعرض هذا الخادم إلا القصص الآتية من {expected}، لا من «{value}».',
    lang: 'يجب أن تكون قيمة «lang» وسم لغة مثل ar أو en أو fr-CA، لا «{value}».',
    origin: 'يجب أن تكون قيمة «parent-origin» أصلًا مثل https://news.example، لا «{value}».',
    'no-such': '«{param}»: لا شيء في القصة يحمل المعرّف «{value}».',
  },
  choose: 'وقيمته إحدى هذه: {expected}.',
  names: { timeline: 'الخط الزمني', comparison: 'مقارنة الغرامات', quote: 'اقتباس', 'actor-map': 'من فعل ماذا' },
  frameTitle: '{name}: {story}',
};

const fr: EmbedMessages = {
  title: 'Ce contenu intégré ne peut pas s’afficher',
  hint: 'Son adresse (le src de l’iframe) pose un problème :',
  errors: {
    missing: 'Le paramètre « {param} » manque.',
    unknown: 'Paramètre inconnu : « {param} ». Ce contenu accepte {expected}.',
    repeated: 'Le paramètre « {param} » est donné plusieurs fois.',
    'one-of': '« {param} » doit valoir {expected}, pas « {value} ».',
    id: '« {param} » doit être un identifiant de l’histoire (minuscules, chiffres et tirets), pas « {value} ».',
    boolean: '« {param} » s’emploie sans valeur, ou avec true ou false, pas « {value} ».',
    count: '« {param} » doit être un nombre entier de 1 à 9999, pas « {value} ».',
    text: '« {param} » est trop long : 200 caractères au plus.',
    'story-url':
      '« story » doit être l’adresse d’un fichier d’histoire (http ou https, absolue ou relative à cette page), pas « {value} ».',
    'not-allowed': 'Ce serveur n’affiche que les histoires venant de {expected}, pas de « {value} ».',
    lang: '« lang » doit être une étiquette de langue comme ar, en ou fr-CA, pas « {value} ».',
    origin: '« parent-origin » doit être une origine comme https://news.example, pas « {value} ».',
    'no-such': '« {param} » : rien dans l’histoire ne porte l’identifiant « {value} ».',
  },
  choose: 'Il vaut {expected}.',
  names: {
    timeline: 'Chronologie',
    comparison: 'Les amendes comparées',
    quote: 'Citation',
    'actor-map': 'Qui a fait quoi',
  },
  frameTitle: '{name} : {story}',
};

export const embedMessages: MessageTable<EmbedMessages> = { en, ar, fr };

const SHOWN_VALUE = 80;

/** A list in the language's own words: "a, b or c" (`or`), "a, b and c" (`and`); each item isolated (a Latin name in an Arabic list). */
function listOf(items: readonly string[], lang: string, type: 'disjunction' | 'conjunction'): string {
  try {
    return new Intl.ListFormat(lang, { type }).format(items.map((item) => `\u2068${item}\u2069`));
  } catch {
    return items.join(', ');
  }
}

/** One error of the embed page's address as a sentence in `lang`. */
export function describeEmbedError(error: EmbedParamError, lang: string): string {
  const m = pickMessages(embedMessages, lang);
  const value = error.value ?? '';
  const expected = listOf(error.expected ?? [], lang, error.code === 'one-of' ? 'disjunction' : 'conjunction');
  const sentence = fill(m.errors[error.code], {
    param: error.param,
    value: value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE)}…` : value,
    expected,
  });
  return error.code === 'missing' && error.expected
    ? `${sentence} ${fill(m.choose, { expected: listOf(error.expected, lang, 'disjunction') })}`
    : sentence;
}

/** The title of a frame showing `element` (or the whole story) of the story titled `story`. */
export function frameTitle(element: EmbedElementName | 'all', story: string, lang: string): string {
  const m = pickMessages(embedMessages, lang);
  return element === 'all'
    ? story
    : fill(m.frameTitle, { name: m.names[element], story }).replace(/[\u2068\u2069]/g, '');
}
