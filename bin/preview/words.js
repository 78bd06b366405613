// The preview page's own words (the elements bring theirs), for the server's
// first paint and the page's switches alike.
export const WORDS = {
  en: {
    preview: 'Preview',
    language: 'Language',
    direction: 'Direction',
    dirAuto: 'From the language',
    ltr: 'Left to right',
    rtl: 'Right to left',
    watching: 'This page reloads when {file} is saved.',
    report: 'Check',
    valid: 'Valid: nothing to fix.',
    counts: 'Errors: {errors} · warnings: {warnings}',
    error: 'Error',
    warning: 'Warning',
    timeline: 'Timeline',
    comparison: 'Fines compared',
    quotes: 'Quotes',
    actors: 'Who did what',
    unreadable: 'The preview could not read {file}: {detail}',
  },
  ar: {
    preview: 'معاينة',
    language: 'اللغة',
    direction: 'الاتجاه',
    dirAuto: 'حسب اللغة',
    ltr: 'من اليسار إلى اليمين',
    rtl: 'من اليمين إلى اليسار',
    watching: 'تُعاد هذه الصفحة عند حفظ {file}.',
    report: 'التحقق',
    valid: 'صالحة: لا شيء يحتاج إلى إصلاح.',
    counts: 'الأخطاء: {errors} · التنبيهات: {warnings}',
    error: 'خطأ',
    warning: 'تنبيه',
    timeline: 'الخط الزمني',
    comparison: 'مقارنة الغرامات',
    quotes: 'اقتباسات',
    actors: 'من فعل ماذا',
    unreadable: 'تعذّر على المعاينة قراءة {file}: {detail}',
  },
  fr: {
    preview: 'Aperçu',
    language: 'Langue',
    direction: 'Sens',
    dirAuto: 'Selon la langue',
    ltr: 'De gauche à droite',
    rtl: 'De droite à gauche',
    watching: 'Cette page se recharge quand {file} est enregistré.',
    report: 'Vérification',
    valid: 'Valide : rien à corriger.',
    counts: 'Erreurs : {errors} · avertissements : {warnings}',
    error: 'Erreur',
    warning: 'Avertissement',
    timeline: 'Chronologie',
    comparison: 'Amendes comparées',
    quotes: 'Citations',
    actors: 'Qui a fait quoi',
    unreadable: 'L’aperçu n’a pas pu lire {file} : {detail}',
  },
};

/** @typedef {keyof typeof WORDS.en} Word */

/**
 * A word in `lang`; values (file names, counts) in bidi isolates so a Latin
 * name keeps its punctuation in place inside an Arabic sentence.
 * @param {string} lang
 * @param {Word} word
 * @param {Record<string, string | number>} [params]
 */
export function say(lang, word, params = {}) {
  const table = /** @type {Record<string, Record<Word, string>>} */ (WORDS)[lang.split('-')[0] ?? 'en'] ?? WORDS.en;
  return table[word].replace(/\{(\w+)\}/g, (_, k) => `\u2068${params[k] ?? ''}\u2069`);
}

export const LANGUAGES = /** @type {const} */ (['ar', 'en', 'fr']);
export const dirOf = (/** @type {string} */ lang) => (/^(ar|he|fa|ur)(-|$)/.test(lang) ? 'rtl' : 'ltr');
