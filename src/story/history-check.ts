/**
 * The meaning of the dated parts of a story, checked once their shape is
 * right (`parseStory`'s third pass): a fine's history in date order, after
 * the fine, ending on its `status`, with a reduced amount where it was cut;
 * the changes in date order, none after `updated`, their sources resolved.
 */
import type { Story } from './types.js';
import { dateEnd, dateStart } from './dates.js';
import type { Params, StoryError } from './errors.js';

type Add = (path: (string | number)[], code: StoryError['code'], params?: Params) => void;
/** Reports an unknown actor or source id at `path`. */
type Ref = (kind: 'actor' | 'source', path: (string | number)[], id?: string) => void;

/** True when `later` lies wholly before `earlier`: the order is wrong whatever the precision. */
const before = (later: string, earlier: string) => dateEnd(later) <= dateStart(earlier);

export function historyErrors(story: Story, add: Add, ref: Ref): void {
  story.fines.forEach((fine, i) => {
    const steps = fine.history ?? [];
    let standing = fine.amount;
    steps.forEach((step, j) => {
      const at = ['fines', i, 'history', j];
      ref('actor', [...at, 'by'], step.by);
      step.sources.forEach((id, k) => ref('source', [...at, 'sources', k], id));
      if (before(step.date, fine.date)) add([...at, 'date'], 'history-before-fine', { date: step.date, fine: fine.date });
      const previous = steps[j - 1];
      if (previous && before(step.date, previous.date)) {
        add([...at, 'date'], 'history-order', { date: step.date, previous: previous.date });
      }
      if (step.status === 'reduced' && !step.amount) add([...at, 'amount'], 'reduced-amount');
      if (step.status !== 'reduced' && step.amount) add([...at, 'amount'], 'amount-not-reduced', { status: step.status });
      if (step.status === 'reduced' && step.amount) {
        const lower = step.amount.currency === standing.currency && step.amount.value < standing.value;
        if (!lower) {
          const show = (m: typeof standing) => `${m.value} ${m.currency}`;
          add([...at, 'amount'], 'not-lower', { amount: show(step.amount), before: show(standing) });
        } else standing = step.amount;
      }
    });
    const last = steps[steps.length - 1];
    if (last && fine.status !== undefined && fine.status !== last.status) {
      add(['fines', i, 'status'], 'status-mismatch', { status: fine.status, last: last.status });
    }
  });

  const changes = story.changes ?? [];
  if (changes.length && !story.updated) add(['updated'], 'updated-missing');
  changes.forEach((change, i) => {
    change.sources.forEach((id, k) => ref('source', ['changes', i, 'sources', k], id));
    const previous = changes[i - 1];
    if (previous && before(change.date, previous.date)) {
      add(['changes', i, 'date'], 'changes-order', { date: change.date, previous: previous.date });
    }
    if (story.updated && before(story.updated, change.date)) {
      add(['changes', i, 'date'], 'change-after-updated', { date: change.date, updated: story.updated });
    }
  });
  story.figures?.forEach((f, i) => f.sources.forEach((id, k) => ref('source', ['figures', i, 'sources', k], id)));
}
