/**
 * A fine's dated status as words, in the reader's language: "Annulled on
 * 12 March 2026 (Cour administrative)", "Reduced to €15,000,000 on
 * 23 December 2025 (Conseil d’État)". For the elements' labels, tables and
 * details, and for the no-JavaScript fallback. The words come from the
 * vocabulary table, English until the page's language has loaded.
 */
import type { Fine, FineStatusChange, Money, Story } from '../story/types.js';
import { fineState, stepsBy, type FineState } from '../story/status.js';
import { precisionOf } from '../story/dates.js';
import { indexStory } from '../story/derive.js';
import { pickText } from '../story/text.js';
import { formatMoney, formatStoryDate } from '../core/format.js';
import { fill, packMessages } from './index.js';
import { vocabulary } from './vocabulary.js';

/** The phrase of `state`; `short` (for a chart's label): short date, compact amount, no court named. */
function phrase(state: FineState, story: Story | undefined, lang: string, short = false): string | undefined {
  const { status, since, step } = state;
  if (!status) return undefined;
  const v = packMessages(vocabulary, lang);
  if (!since) return v.fineStatuses[status];
  const date = formatStoryDate(since, lang, short ? 'short' : 'long');
  const precision = precisionOf(since);
  const text = fill(v.fineStatusSteps[status], {
    on: fill(v.stepDates.on[precision], { date }),
    since: fill(v.stepDates.since[precision], { date }),
    amount: formatMoney(state.amount, lang, short),
  });
  const actor = step?.by && story && !short ? indexStory(story).actors.get(step.by) : undefined;
  if (!actor || !story) return text;
  const by = pickText(actor.shortName ?? actor.name, lang, story.lang).value;
  return fill(v.stepBy, { step: text, by });
}

/**
 * Where `fine` stands, as a phrase in `lang`: at the end of `at` (an ISO
 * date), or now. `undefined` when the story records no status for it then
 * (the fine as imposed, or not imposed yet).
 */
export function describeFineStatus(
  fine: Fine,
  story: Story | undefined,
  lang: string,
  at?: string,
): string | undefined {
  const state = fineState(fine, at);
  return state && phrase(state, story, lang);
}

/** Where `fine` stands now, in few words for a chart's label: "Annulled on 12 Mar 2026", "Reduced to €15M on 23 Dec 2025". */
export function describeFineStatusShort(fine: Fine, lang: string): string | undefined {
  const state = fineState(fine);
  return state && phrase(state, undefined, lang, true);
}

/** Every step of `fine.history` as a phrase in `lang`, oldest first: a fine's story in a list. */
export function describeFineSteps(fine: Fine, story: Story, lang: string): string[] {
  let amount: Money = fine.amount;
  return stepsBy(fine).map((step: FineStatusChange) => {
    if (step.status === 'reduced' && step.amount) amount = step.amount;
    const state: FineState = {
      status: step.status,
      since: step.date,
      step,
      amount,
      standing: step.status !== 'annulled',
    };
    return phrase(state, story, lang)!;
  });
}
