import type { Region } from './adjustment-regions.js';
import type { Drivers, SearchState } from './choose-drivers.js';
import { docBound } from './doc-bound.js';
import { LevelBitmaps, minimalCombos, termLevels } from './join-levels.js';
import { scoreDoc } from './score-doc.js';

const EPS = 1e-9;
/** Bitmap joins handle challenges of up to this many terms (more: walk the lists). */
const MAX_JOIN_TERMS = 6;

/**
 * When a join takes over: after `walkBudget` postings walked (walks usually end early; a join
 * costs ~1 ms at a million startups) and while at least `minPostings` remain to walk.
 * Mutable so tests can force joins on small indexes.
 */
export const joinTuning = { walkBudget: 8192, minPostings: 8192 };

/**
 * Switch from walking to a join: the walk has already been long, some term is required (so
 * the join is selective) and the lists left to walk are still long.
 */
export function shouldJoin(state: SearchState, choice: Drivers): boolean {
  if (!choice.required || state.walked < joinTuning.walkBudget) return false;
  if (state.plan.terms.length > MAX_JOIN_TERMS) return false;
  let driven = 0;
  for (const c of choice.lists) driven += c.length - c.pos;
  return driven >= joinTuning.minPostings;
}

/** Docs of word `w` reaching every level of some combination (each a list of level bitmaps). */
function candidates(plan: readonly Int32Array[][], w: number): number {
  let hits = 0;
  for (let c = 0; c < plan.length; c++) {
    const combo = plan[c] as Int32Array[];
    let all = -1;
    for (let b = 0; b < combo.length; b++) all &= (combo[b] as Int32Array)[w] as number;
    hits |= all;
  }
  return hits;
}

/**
 * The rest of the search (`regions`, in order) as bitmap joins: in each region, candidates
 * are docs that reach every level of some minimal combination of term levels able to beat the
 * k-th score (with that region's adjustment bound), found 32 at a time; each is bounded from
 * its sector mask, then scored exactly if it can still beat the k-th score. In an id-ordered
 * group, once past the k-th doc's id, a doc that merely ties cannot win and is not a candidate.
 * Never walks the long lists one posting at a time.
 */
export function joinRemaining(state: SearchState, regions: readonly Region[]): void {
  const heap = state.heap;
  const store = state.index.store;
  const ids = store.extIds;
  const levels = termLevels(state);
  const bitmaps = new LevelBitmaps(state, (store.docCount >>> 5) + 1);
  const masks = store.sectorMask.data;
  const maskWords = state.maskBound.words;
  const cache = new Map<string, Int32Array[][]>();
  const combosFor = (region: Region, strict: boolean): Int32Array[][] => {
    const key = `${heap.threshold}|${region.adjustment}|${strict}`;
    let plan = cache.get(key);
    if (!plan) {
      const need = heap.threshold + (strict ? EPS : -EPS);
      plan = minimalCombos(levels, region.adjustment, need).map((c) =>
        c.map((l) => bitmaps.get(l)),
      );
      cache.set(key, plan);
    }
    return plan;
  };
  /** In an id-ordered group, the first doc whose id sorts after the k-th doc's. */
  const firstAfterKth = (region: Region): number => {
    const kth = ids[heap.minDoc] ?? '';
    let lo = region.start;
    let hi = region.end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ids[mid] ?? '') > kth) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (const region of regions) {
    if (state.sectorBound + region.adjustment < heap.threshold - EPS) continue;
    let version = -1;
    let threshold = Number.NaN;
    let strictFrom = region.end;
    let loose: Int32Array[][] = [];
    let strict: Int32Array[][] | null = null;
    const last = (region.end - 1) >>> 5;
    for (let w = region.start >>> 5; w <= last; w++) {
      if (heap.version !== version) {
        version = heap.version;
        if (heap.threshold !== threshold) {
          threshold = heap.threshold;
          loose = combosFor(region, false);
          strict = null;
        }
        strictFrom = region.sorted ? firstAfterKth(region) : region.end;
      }
      let plan = loose;
      if (w << 5 >= strictFrom) {
        strict ??= combosFor(region, true);
        plan = strict;
      }
      let hits = candidates(plan, w);
      while (hits !== 0) {
        const bit = 31 - Math.clz32(hits & -hits);
        hits &= hits - 1;
        const doc = (w << 5) | bit;
        if (doc < region.start || doc >= region.end) continue;
        const bound = docBound(state.maskBound, masks, doc * maskWords, doc);
        if (bound + region.adjustment <= heap.threshold - EPS) continue;
        const score = scoreDoc(state.index, state.plan, doc);
        if (score > 0) heap.offer(score, doc);
      }
    }
  }
}
