import type { Region } from './adjustment-regions.js';
import type { Drivers, SearchState } from './choose-drivers.js';
import { docBound } from './doc-bound.js';
import type { Cursor } from './posting-cursors.js';
import { scoreDoc } from './score-doc.js';

const EPS = 1e-9;
/** Bitmap joins handle challenges of up to this many terms (more: walk the lists). */
const MAX_JOIN_TERMS = 6;

/** Postings walked before a join may take over: walks usually end early, joins cost ~1 ms. */
const WALK_BUDGET = 8192;

/**
 * Switch from walking to a join: the walk has already been long, some term is required (so
 * the join is selective) and the lists left to walk are still long.
 */
export function shouldJoin(state: SearchState, choice: Drivers): boolean {
  if (!choice.required || state.walked < WALK_BUDGET) return false;
  if (state.plan.terms.length > MAX_JOIN_TERMS) return false;
  let driven = 0;
  for (const c of choice.lists) driven += c.length - c.pos;
  return driven >= 8192;
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

/** The lists of a term bounded at least a level's value. */
function listsAt(cursors: readonly Cursor[], level: Level): Cursor[] {
  return cursors.filter((c) => {
    for (let j = 0; j < c.dims.length; j++) {
      if (c.dims[j] === level.term && (c.bounds[j] ?? 0) >= level.value) return true;
    }
    return false;
  });
}

/** ORs the lists into `out` (bitmaps word-wise; short lists without one doc by doc). */
function orInto(out: Int32Array, lists: readonly Cursor[]): void {
  for (const c of lists) {
    if (c.bits) {
      const n = Math.min(out.length, c.bits.length);
      for (let i = 0; i < n; i++) out[i] = (out[i] as number) | (c.bits[i] as number);
    } else {
      for (let i = 0; i < c.length; i++) {
        const d = c.docs[i] ?? 0;
        out[d >>> 5] = (out[d >>> 5] as number) | (1 << (d & 31));
      }
    }
  }
}

/** Level bitmaps of one query, built on first use (a single list's own bitmap is reused). */
class LevelBitmaps {
  private readonly built = new Map<string, Int32Array>();
  private readonly pool: Int32Array[];
  private used = 0;

  constructor(
    private readonly state: SearchState,
    words: number,
  ) {
    // at most every (term, level) pair
    const pairs = termLevels(state).reduce((n, levels) => n + levels.length, 0);
    this.pool = state.index.scratchBitmaps(pairs, words);
  }

  get(level: Level): Int32Array {
    const key = `${level.term}:${level.value}`;
    let bits = this.built.get(key);
    if (!bits) {
      const lists = listsAt(this.state.cursors, level);
      const only = lists.length === 1 ? lists[0]?.bits : null;
      if (only) {
        bits = only; // words past its end read as undefined, i.e. no docs
      } else {
        bits = this.pool[this.used++] as Int32Array;
        orInto(bits, lists);
      }
      this.built.set(key, bits);
    }
    return bits;
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
