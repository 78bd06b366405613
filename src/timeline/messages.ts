import type { WordTable } from '../i18n/types.js';

/** The timeline's own words; `{name}` placeholders are filled by `fill`. */
export interface TimelineMessages {
  /** Name of the list of events. */
  events: string;
  filter: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  close: string;
  /** A cluster marker: how many events, when, and what activating it does. */
  cluster: string;
  /** What a cluster shows: how many events, and when ("10 events, Jul 2021 – Jun 2022"). */
  clusterLabel: string;
  /** The button under a long story's key events in the vertical list. */
  showAll: string;
  /** Heading of where the fine an event concerns stands now (and of several fines). */
  fineStatus: string;
  fineStatuses: string;
  /** One fine and where it stands: "Amazon, €746M: Annulled on 12 March 2026 (Cour administrative)". */
  fineLine: string;
  /** Announced when the filter changes. */
  shown: string;
  none: string;
  /** Said of an era that has no end yet. */
  ongoing: string;
  actors: string;
  earlier: string;
  later: string;
  /** Between an event's title and its date where they are read together (Arabic comma in Arabic). */
  sep: string;
}

declare module '../i18n/types.js' {
  interface LanguagePack {
    timeline: TimelineMessages;
  }
}

export const timelineMessages: WordTable<'timeline'> = {
  pack: 'timeline',
  en: {
    events: 'Events',
    filter: 'Filter events',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Show all',
    close: 'Close',
    cluster: '{n} events, {dates}: zoom in',
    clusterLabel: '{n} events, {dates}',
    showAll: 'Show all {n} events',
    fineStatus: 'The fine',
    fineStatuses: 'The fines',
    fineLine: '{company}, {amount}: {status}',
    shown: '{n} of {total}',
    none: 'No events.',
    ongoing: 'ongoing',
    actors: 'Involved',
    earlier: 'Earlier ({n})',
    later: 'Later ({n})',
    sep: ', ',
  },
  load: { ar: () => import('./messages.ar.js'), fr: () => import('./messages.fr.js') },
};
