import type { Region } from './adjustment-regions.js';
import type { MaskBound } from './doc-bound.js';
import type { Cursor } from './posting-cursors.js';
import type { QueryPlan } from './query-plan.js';
import type { StartupIndex } from './startup-index.js';
import type { TopKHeap } from './top-k-heap.js';

/** Slack for float rounding around the k-th score. */
const EPS = 1e-9;

export interface SearchState {
  readonly index: StartupIndex;
  readonly maskBound: MaskBound;
  /** What a doc must beat to matter, as of the last choice of drivers. */
  need: number;
  /** Postings walked so far. */
  walked: number;
  readonly plan: QueryPlan;
  readonly cursors: readonly Cursor[];
  readonly heap: TopKHeap;
  /** Best bound of any list, per challenge term. */
  readonly maxPerTerm: Float64Array;
  readonly sectorBound: number;
}

/** What walking these lists costs (their sizes). */
function cost(cursors: readonly Cursor[]): number {
  let n = 0;
  for (const c of cursors) n += c.length;
  return n;
}

/**
 * The score a doc from `pos` on must beat to matter: the k-th score, or just under it while a
 * tie could still win (a doc that sorts before the k-th doc by startup id).
 */
function needToBeat(state: SearchState, region: Region, pos: number): number {
  const heap = state.heap;
  if (!heap.full) return EPS;
  const ids = state.index.store.extIds;
  const tiesLose = region.sorted && (ids[pos] ?? '') > (ids[heap.minDoc] ?? '');
  return heap.threshold + (tiesLose ? EPS : -EPS);
}

/** Lists of a term that can lift a doc's score for that term above `min`. */
function listsAbove(cursors: readonly Cursor[], term: number, min: number): Cursor[] {
  return cursors.filter((c) => {
    for (let j = 0; j < c.dims.length; j++) {
      if (c.dims[j] === term && (c.bounds[j] ?? 0) > min) return true;
    }
    return false;
  });
}

/**
 * MaxScore's essential lists: drop the weakest lists for as long as a doc found only in
 * dropped lists still could not beat `need`.
 */
function essentialLists(state: SearchState, region: Region, need: number): Cursor[] {
  const byBound = [...state.cursors].sort((a, b) => a.ub - b.ub);
  const best = new Float64Array(state.maxPerTerm.length);
  let dropped = 0;
  for (const c of byBound) {
    for (let j = 0; j < c.dims.length; j++) {
      const d = c.dims[j] ?? 0;
      best[d] = Math.max(best[d] ?? 0, c.bounds[j] ?? 0);
    }
    const outside = best.reduce((a, b) => a + b, region.adjustment);
    if (outside > need) break;
    dropped++;
  }
  return byBound.slice(dropped);
}

export interface Drivers {
  /** Lists whose union holds every doc that could still enter the top k. */
  readonly lists: Cursor[];
  /** Some term is required: the k-th score is already high enough to be selective. */
  readonly required: boolean;
}

/**
 * Postings lists that together hold every doc that could still enter the top k (from `pos`
 * in `region`), as cheap as possible: either the lists of a REQUIRED term (the other terms
 * alone cannot beat the k-th score) that can lift it enough — the smallest such set among
 * required terms — or MaxScore's essential lists. Empty when nothing in the region can enter.
 */
export function chooseDrivers(state: SearchState, region: Region, pos: number): Drivers {
  const need = needToBeat(state, region, pos);
  state.need = need;
  const total = state.sectorBound + region.adjustment;
  if (total <= need) return { lists: [], required: false };
  let best = essentialLists(state, region, need);
  let bestCost = cost(best);
  let required = false;
  state.maxPerTerm.forEach((max, term) => {
    const min = need - (total - max);
    if (min < 0) return;
    required = true;
    const lists = listsAbove(state.cursors, term, min);
    const listsCost = cost(lists);
    if (listsCost < bestCost) {
      best = lists;
      bestCost = listsCost;
    }
  });
  return { lists: best, required };
}
