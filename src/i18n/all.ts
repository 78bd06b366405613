/**
 * Every language the kit ships, added at once: for the command line and
 * server-side rendering, where nothing is loaded on demand. Pages never
 * need this; elements load the words they show.
 */
import * as ar from './ar.js';
import * as fr from './fr.js';
import * as errorsEn from './errors.en.js';
import * as errorsAr from './errors.ar.js';
import * as errorsFr from './errors.fr.js';
import * as vocabularyAr from './vocabulary.ar.js';
import * as vocabularyFr from './vocabulary.fr.js';
import * as timelineAr from '../timeline/messages.ar.js';
import * as timelineFr from '../timeline/messages.fr.js';
import * as comparisonAr from '../comparison/messages.ar.js';
import * as comparisonFr from '../comparison/messages.fr.js';
import * as quoteAr from '../quote/messages.ar.js';
import * as quoteFr from '../quote/messages.fr.js';
import * as actorMapAr from '../actor-map/messages.ar.js';
import * as actorMapFr from '../actor-map/messages.fr.js';
import { addLanguage } from './index.js';

export function addShippedLanguages(): void {
  // each module exports its table under its name in the pack
  addLanguage('en', errorsEn);
  addLanguage('ar', { ...ar, ...errorsAr, ...vocabularyAr, ...timelineAr, ...comparisonAr, ...quoteAr, ...actorMapAr });
  addLanguage('fr', { ...fr, ...errorsFr, ...vocabularyFr, ...timelineFr, ...comparisonFr, ...quoteFr, ...actorMapFr });
}
