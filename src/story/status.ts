/**
 * A fine's dated status and a story's dated changes, read from the data:
 * where a fine stood on a given day, whether it still stands, when the story
 * last changed. Pure functions, no words: `describeFineStatus`
 * (`src/i18n/fine-status.ts`) turns a state into a sentence.
 */
import type { Change, ChangeKind, Fine, FineStatus, FineStatusChange, Money, Story } from './types.js';
import { compareDates, dateEnd, dateStart } from './dates.js';

/** Where a fine stands at a moment. */
export interface FineState {
  /** `undefined`: as imposed, no later step recorded (yet). */
  status?: FineStatus;
  /** The date of the step that set `status`; `undefined` when the story gives a status without a history. */
  since?: string;
  /** That step, when the status comes from `history`. */
  step?: FineStatusChange;
  /** The amount standing: the last reduction's, else the fine's own (also when annulled: see `standing`). */
  amount: Money;
  /** False once a court has annulled it. */
  standing: boolean;
}

/** True when `date` (at its precision) is certainly over by the end of `at`. */
const over = (date: string, at: string) => dateEnd(date).getTime() <= dateEnd(at).getTime();

/** The steps of `fine.history` that had certainly happened by the end of `at` (all of them without `at`). */
export function stepsBy(fine: Fine, at?: string): FineStatusChange[] {
  const steps = fine.history ?? [];
  return at === undefined ? [...steps] : steps.filter((s) => over(s.date, at));
}

/**
 * Where `fine` stood at the end of `at` (an ISO date at any precision), or
 * now when `at` is omitted; `undefined` before the fine was imposed. A fine
 * with a `status` but no `history` has an undated status: it is given for
 * "now" only, since the story does not say when it changed.
 */
export function fineState(fine: Fine, at?: string): FineState | undefined {
  if (at !== undefined && dateEnd(at) <= dateStart(fine.date)) return undefined;
  const steps = stepsBy(fine, at);
  const reduced = steps.filter((s) => s.status === 'reduced' && s.amount).pop();
  const amount = reduced?.amount ?? fine.amount;
  const step = steps[steps.length - 1];
  if (step) return { status: step.status, since: step.date, step, amount, standing: step.status !== 'annulled' };
  if (!fine.history?.length && fine.status && at === undefined) {
    return { status: fine.status, amount, standing: fine.status !== 'annulled' };
  }
  return { amount, standing: true };
}

/** Whether `fine` still stood at the end of `at` (now when omitted): imposed by then and not annulled. */
export function isStanding(fine: Fine, at?: string): boolean {
  return fineState(fine, at)?.standing ?? false;
}

/** The fines that still stand, in their order. */
export function standingFines(fines: readonly Fine[], at?: string): Fine[] {
  return fines.filter((f) => isStanding(f, at));
}

/** The story's changes, newest first (a stable copy: same-day notes keep their order). */
export function changesNewestFirst(story: Pick<Story, 'changes'>, kind?: ChangeKind): Change[] {
  const list = (story.changes ?? []).filter((c) => !kind || c.kind === kind);
  return list
    .map((c, i) => [c, i] as const)
    .sort((a, b) => compareDates(b[0].date, a[0].date) || a[1] - b[1])
    .map(([c]) => c);
}

/** The day the story last changed: `updated`, else its newest change; `undefined` when it says neither. */
export function lastUpdated(story: Pick<Story, 'updated' | 'changes'>): string | undefined {
  return story.updated ?? changesNewestFirst(story)[0]?.date;
}
