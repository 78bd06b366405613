/**
 * Every language the kit ships, added at once: for the command line and
 * server-side rendering, where nothing is loaded on demand. Pages never
 * need this; elements load the words they show.
 */
import ar from './ar.js';
import fr from './fr.js';
import vocabularyAr from './vocabulary.ar.js';
import vocabularyFr from './vocabulary.fr.js';
import timelineAr from '../timeline/messages.ar.js';
import timelineFr from '../timeline/messages.fr.js';
import comparisonAr from '../comparison/messages.ar.js';
import comparisonFr from '../comparison/messages.fr.js';
import quoteAr from '../quote/messages.ar.js';
import quoteFr from '../quote/messages.fr.js';
import actorMapAr from '../actor-map/messages.ar.js';
import actorMapFr from '../actor-map/messages.fr.js';
import { addLanguage } from './index.js';

export function addShippedLanguages(): void {
  addLanguage('ar', {
    core: ar,
    vocabulary: vocabularyAr,
    timeline: timelineAr,
    comparison: comparisonAr,
    quote: quoteAr,
    actorMap: actorMapAr,
  });
  addLanguage('fr', {
    core: fr,
    vocabulary: vocabularyFr,
    timeline: timelineFr,
    comparison: comparisonFr,
    quote: quoteFr,
    actorMap: actorMapFr,
  });
}
