/**
 * What a relation says about a fine, read from the data: the fine a
 * "fined" relation imposed (whose dated status the reader must see: an
 * annulled fine is not a standing one), and the judgment a "ruled-on"
 * relation was (a step of the fine's history: upheld, reduced, annulled).
 */
import type { Fine, FineStatusChange, Relation } from '../story/types.js';

/** The judgments a ruling can be: the statuses a step decided by a court sets. */
export type Ruling = 'upheld' | 'reduced' | 'annulled';

const RULINGS = new Set<string>(['upheld', 'reduced', 'annulled']);

export interface RelationFine {
  fine: Fine;
  /** For a ruling: the step of the fine's history it was. */
  step?: FineStatusChange & { status: Ruling };
}

/** Two ISO dates that may name the same day: equal, or one is the other at a coarser precision. */
const sameDay = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * The fine a relation is about, when the data says so unambiguously:
 * - `fined`: the fine whose authority is `from`, whose company is `to`,
 *   imposed on the relation's date;
 * - `ruled-on`: the fine of `to` (as the company or the authority) with a
 *   step decided by `from` on the relation's date that upheld, reduced or
 *   annulled it.
 * Undefined for other relations, or when none or several fines match.
 */
export function relationFine(r: Relation, fines: readonly Fine[]): RelationFine | undefined {
  if (r.kind === 'fined') {
    const found = fines.filter(
      (f) => f.authorityActor === r.from && f.actor === r.to && (!r.date || sameDay(f.date, r.date)),
    );
    return found.length === 1 ? { fine: found[0]! } : undefined;
  }
  if (r.kind !== 'ruled-on' || !r.date) return undefined;
  const found: RelationFine[] = [];
  for (const fine of fines) {
    if (fine.actor !== r.to && fine.authorityActor !== r.to) continue;
    for (const step of fine.history ?? []) {
      if (step.by === r.from && RULINGS.has(step.status) && sameDay(step.date, r.date)) {
        found.push({ fine, step: step as RelationFine['step'] });
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * `relationFine` for many relations: the fines indexed by the actors they
 * concern, so a relation looks only at the fines of its `to`, and each
 * answer computed once.
 */
export function fineLookup(fines: readonly Fine[]): (r: Relation) => RelationFine | undefined {
  const byActor = new Map<string, Fine[]>();
  for (const f of fines) {
    for (const id of new Set([f.actor, f.authorityActor])) {
      if (!id) continue;
      const list = byActor.get(id);
      if (list) list.push(f);
      else byActor.set(id, [f]);
    }
  }
  const seen = new Map<Relation, RelationFine | undefined>();
  return (r) => {
    if (!seen.has(r)) seen.set(r, relationFine(r, byActor.get(r.to) ?? []));
    return seen.get(r);
  };
}
