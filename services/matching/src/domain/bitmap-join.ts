import type { Region } from './adjustment-regions.js';
import type { Drivers, SearchState } from './choose-drivers.js';
import { docBound } from './doc-bound.js';
import type { Cursor } from './posting-cursors.js';
import { scoreDoc } from './score-doc.js';

const EPS = 1e-9;
/** Bitmap joins handle challenges of up to this many terms (more: walk the lists). */
const MAX_JOIN_TERMS = 6;

/**
 * Some term is required (so the join is selective) and walking the cheapest cover would cost
 * more than a word-wise pass over the whole index.
 */
export function shouldJoin(state: SearchState, choice: Drivers): boolean {
  if (!choice.required || state.plan.terms.length > MAX_JOIN_TERMS) return false;
  let driven = 0;
  for (const c of choice.lists) driven += c.length;
  const docs = state.index.store.docCount;
  return driven >= 8192 && driven * 16 >= docs;
}

/** A term at a level: docs in one of the term's lists bounded at least `value`. */
interface Level {
  readonly term: number;
  readonly value: number;
}

/** Each term's distinct list bounds, highest first. */
function termLevels(state: SearchState): number[][] {
  const levels = state.plan.terms.map(() => new Set<number>());
  for (const c of state.cursors) {
    for (let j = 0; j < c.dims.length; j++) levels[c.dims[j] ?? 0]?.add(c.bounds[j] ?? 0);
  }
  return levels.map((set) => [...set].sort((a, b) => b - a));
}

/**
 * Minimal combinations of per-term levels whose sum (plus the adjustment bound) beats `need`:
 * a doc can only enter if, for one combination, it reaches every level of it.
 */
function minimalCombos(levels: number[][], adjustment: number, need: number): Level[][] {
  const out: Level[][] = [];
  const pick: number[] = levels.map(() => -1); // level index per term, -1: none
  const sum = () => pick.reduce((s, i, t) => s + (i < 0 ? 0 : (levels[t]?.[i] ?? 0)), adjustment);
  const visit = (t: number): void => {
    if (t === levels.length) {
      if (sum() <= need) return;
      // minimal: lowering any chosen level (to the next, or to none) must break it
      for (let u = 0; u < pick.length; u++) {
        const i = pick[u] ?? -1;
        if (i < 0) continue;
        const lower = i + 1 < (levels[u]?.length ?? 0) ? (levels[u]?.[i + 1] ?? 0) : 0;
        if (sum() - (levels[u]?.[i] ?? 0) + lower > need) return;
      }
      out.push(pick.flatMap((i, term) => (i < 0 ? [] : [{ term, value: levels[term]?.[i] ?? 0 }])));
      return;
    }
    for (let i = -1; i < (levels[t]?.length ?? 0); i++) {
      pick[t] = i;
      visit(t + 1);
    }
    pick[t] = -1;
  };
  visit(0);
  return out;
}

/** ORs into `out` the lists of `term` bounded at least `value` (bitmaps word-wise). */
function atLeast(out: Uint32Array, cursors: readonly Cursor[], level: Level): void {
  for (const c of cursors) {
    let serves = false;
    for (let j = 0; j < c.dims.length; j++) {
      if (c.dims[j] === level.term && (c.bounds[j] ?? 0) >= level.value) serves = true;
    }
    if (!serves) continue;
    if (c.bits) {
      const n = Math.min(out.length, c.bits.length);
      for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) | (c.bits[i] ?? 0);
    } else {
      for (let i = 0; i < c.length; i++) {
        const d = c.docs[i] ?? 0;
        out[d >>> 5] = (out[d >>> 5] ?? 0) | (1 << (d & 31));
      }
    }
  }
}

/** Level bitmaps of one query, built on first use. */
class LevelBitmaps {
  private readonly keys: string[] = [];
  private readonly pool: Uint32Array[];

  constructor(
    private readonly state: SearchState,
    words: number,
  ) {
    // at most every (term, level) pair
    const pairs = termLevels(state).reduce((n, levels) => n + levels.length, 0);
    this.pool = state.index.scratchBitmaps(pairs, words);
  }

  get(level: Level): Uint32Array {
    const key = `${level.term}:${level.value}`;
    let i = this.keys.indexOf(key);
    if (i < 0) {
      i = this.keys.length;
      this.keys.push(key);
      atLeast(this.pool[i] as Uint32Array, this.state.cursors, level);
    }
    return this.pool[i] as Uint32Array;
  }
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
  const combosFor = (region: Region, strict: boolean): Uint32Array[][] =>
    minimalCombos(levels, region.adjustment, heap.threshold + (strict ? EPS : -EPS)).map((c) =>
      c.map((l) => bitmaps.get(l)),
    );
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
    let strictFrom = region.end;
    let loose: Uint32Array[][] = [];
    let strict: Uint32Array[][] | null = null;
    const last = (region.end - 1) >>> 5;
    for (let w = region.start >>> 5; w <= last; w++) {
      if (heap.version !== version) {
        version = heap.version;
        loose = combosFor(region, false);
        strict = null;
        strictFrom = region.sorted ? firstAfterKth(region) : region.end;
      }
      let plan = loose;
      if (w << 5 >= strictFrom) {
        strict ??= combosFor(region, true);
        plan = strict;
      }
      let hits = 0;
      for (let c = 0; c < plan.length; c++) {
        const combo = plan[c] as Uint32Array[];
        let all = -1;
        for (let b = 0; b < combo.length; b++) all &= (combo[b] as Uint32Array)[w] ?? 0;
        hits |= all;
      }
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
