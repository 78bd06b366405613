/** The core's words in French (loading, sources, translation labels; the error messages are in errors.fr.ts): loaded the first time an element speaks French. */
import type { CoreMessages } from './types.js';

export const core: CoreMessages = {
  $lang: 'fr',
  $dir: 'ltr',
  loading: 'Chargement du récit…',
  errorTitle: 'Ce récit ne peut pas être affiché',
  sources: 'Sources',
  translation: 'Traduction',
  translatedFrom: (language) => (/^[aeiouyéh]/i.test(language) ? `Traduit de l’${language}` : `Traduit du ${language}`),
  original: 'Original',
  paraphrase: 'Propos rapportés, pas une citation mot pour mot',
  disputedDate: 'Date contestée',
  fallback: 'Affiché en {language} : pas de version française',
};
