import type { QueryPlan } from './query-plan.js';
import { ADJUSTMENTS, RELEVANCE_SHARE } from './scoring-weights.js';
import type { StartupIndex } from './startup-index.js';

/**
 * Sector sum of one doc: for each challenge term, the best relation to any of the doc's
 * sectors (exact 1, parent/child, sibling; × the doc tag's mapping strength), times the
 * term's weight. The hot path of ranking: flat arrays only.
 */
export function sectorSum(index: StartupIndex, plan: QueryPlan, doc: number): number {
  const store = index.store;
  const start = store.fwdStart.data[doc] ?? 0;
  const end = start + (store.fwdCount.data[doc] ?? 0);
  const sectors = store.fwdSector.data;
  const strengths = store.fwdStrength.data;
  const parents = index.space.parentArray();
  const { sector, parent, weight, parentChild, sibling } = plan.arrays;
  let sum = 0;
  for (let t = 0; t < sector.length; t++) {
    const q = sector[t] ?? -1;
    if (q < 0) continue;
    const pq = parent[t] ?? -1;
    let best = 0;
    for (let i = start; i < end; i++) {
      const s = sectors[i] ?? -1;
      let r: number;
      if (s === q) r = 1;
      else {
        const ps = parents[s] ?? -1;
        if (ps === q || pq === s) r = parentChild[t] ?? 0;
        else if (pq >= 0 && pq === ps) r = sibling[t] ?? 0;
        else continue;
      }
      const v = r * (strengths[i] ?? 0);
      if (v > best) best = v;
    }
    sum += (weight[t] ?? 0) * best;
  }
  return sum;
}

/** City, country and shared-language bonus of a doc (callers apply it only to matches). */
export function adjustment(index: StartupIndex, plan: QueryPlan, doc: number): number {
  let adj = 0;
  if (plan.city >= 0 && index.store.city.data[doc] === plan.city) adj += ADJUSTMENTS.city;
  if (plan.country >= 0 && index.store.country.data[doc] === plan.country)
    adj += ADJUSTMENTS.country;
  if (plan.language >= 0 && plan.language < 31) {
    if (((index.store.languageMask.data[doc] ?? 0) >> plan.language) & 1)
      adj += ADJUSTMENTS.language;
  }
  return adj;
}

/** Final 0..1 score of a doc, or 0 when it shares nothing with the challenge. */
export function scoreDoc(index: StartupIndex, plan: QueryPlan, doc: number): number {
  if (plan.maxBase <= 0 || !index.store.isAlive(doc)) return 0;
  const sum = sectorSum(index, plan, doc);
  if (sum <= 0) return 0;
  return (RELEVANCE_SHARE * sum) / plan.maxBase + adjustment(index, plan, doc);
}
