import type { QueryPlan } from './query-plan.js';
import { ADJUSTMENTS } from './scoring-weights.js';
import type { StartupIndex } from './startup-index.js';

/** A run of docs searched together, with the most any of them gains from adjustments. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly adjustment: number;
  /** Docs are in startup-id order (one (country, city) group of the sorted prefix). */
  readonly sorted: boolean;
}

/**
 * The index's docs as regions, in the order a challenge should visit them: its own city's
 * group, the other groups of its country, the other countries' groups, then the unsorted
 * tail of recent inserts. Visiting the best-placed startups first makes the k-th score high
 * early, so whole groups whose bound falls below it are skipped unvisited.
 */
export function adjustmentRegions(index: StartupIndex, plan: QueryPlan): Region[] {
  const language = plan.language >= 0 ? ADJUSTMENTS.language : 0;
  const own: Region[] = [];
  const country: Region[] = [];
  const others: Region[] = [];
  for (const g of index.groups) {
    const sameCountry = plan.country >= 0 && g.country === plan.country;
    const sameCity = sameCountry && plan.city >= 0 && g.city === plan.city;
    const adjustment =
      language + (sameCountry ? ADJUSTMENTS.country : 0) + (sameCity ? ADJUSTMENTS.city : 0);
    const region = { start: g.start, end: g.end, adjustment, sorted: true };
    (sameCity ? own : sameCountry ? country : others).push(region);
  }
  const tail: Region = {
    start: index.sortedPrefix,
    end: index.store.docCount,
    adjustment:
      language +
      (plan.country >= 0 ? ADJUSTMENTS.country : 0) +
      (plan.city >= 0 ? ADJUSTMENTS.city : 0),
    sorted: false,
  };
  return [...own, ...country, ...others, tail];
}
