// What the bench pages put on `window` (bench/pages/probe.js and the pages
// that load TimelineJS), for the type check of the harness (tsconfig.js.json).
// The probe's record is loosely shaped: the page fills it, report.js reads it.
export {};

/** The part of a TimelineJS instance the bench uses. */
interface TimelineJS {
  on(event: string, listener: (data?: { events?: unknown[] }) => void): void;
}

declare global {
  interface Window {
    /** The probe's measurements: marks, long tasks, errors, and promises the harness awaits. */
    __bench: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- filled by the page, read field by field by the scenarios
    /** TimelineJS's global, from its script. */
    TL: { Timeline: new (container: string, data: string | null, options: object) => TimelineJS };
    /** The TimelineJS instance under test. */
    __timeline: TimelineJS;
  }
}
