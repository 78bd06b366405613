/**
 * `checkStory`: what must be right before a story is published, beyond what
 * `parseStory` needs to show it. A fine's history in date order, after the
 * fine, ending on its `status`, with the amount where a court cut it; change
 * notes in date order, none after `updated`. `fine-kit validate` fails on
 * these; an element shows a story that has them (a misdated note must not
 * take a chart off a live article). Not part of any element's bundle.
 */
import type { Story } from './types.js';
import { dateEnd, dateStart } from './dates.js';
import { pointer, type Params, type StoryCheck } from './errors.js';

/** True when `later` lies wholly before `earlier`: the order is wrong whatever the precision. */
const before = (later: string, earlier: string) => dateEnd(later) <= dateStart(earlier);

export function checkStory(story: Story): StoryCheck[] {
  const checks: StoryCheck[] = [];
  const add = (path: (string | number)[], code: StoryCheck['code'], params: Params = {}) =>
    checks.push({ path: pointer(path), code, params });
  story.fines.forEach((fine, i) => {
    const steps = fine.history ?? [];
    let standing = fine.amount;
    steps.forEach((step, j) => {
      const at = ['fines', i, 'history', j];
      if (before(step.date, fine.date))
        add([...at, 'date'], 'history-before-fine', { date: step.date, fine: fine.date });
      const previous = steps[j - 1];
      if (previous && before(step.date, previous.date)) {
        add([...at, 'date'], 'history-order', { date: step.date, previous: previous.date });
      }
      if (step.status === 'reduced' && !step.amount) add([...at, 'amount'], 'reduced-amount');
      if (step.status !== 'reduced' && step.amount)
        add([...at, 'amount'], 'amount-not-reduced', { status: step.status });
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
    const previous = changes[i - 1];
    if (previous && before(change.date, previous.date)) {
      add(['changes', i, 'date'], 'changes-order', { date: change.date, previous: previous.date });
    }
    if (story.updated && before(story.updated, change.date)) {
      add(['changes', i, 'date'], 'change-after-updated', { date: change.date, updated: story.updated });
    }
  });
  return checks;
}
