import type { CoreMessages } from './types.js';

export const en: CoreMessages = {
  $lang: 'en',
  $dir: 'ltr',
  loading: 'Loading the story…',
  errorTitle: 'This story cannot be shown',
  sources: 'Sources',
  translation: 'Translation',
  translatedFrom: (language) => `Translated from ${language}`,
  original: 'Original',
  paraphrase: 'Paraphrase, not a verbatim quote',
  disputedDate: 'Date disputed',
  fallback: 'Shown in {language}: no English version',
};
