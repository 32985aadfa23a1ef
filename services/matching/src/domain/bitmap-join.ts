import type { Region } from './adjustment-regions.js';
import type { Drivers, SearchState } from './choose-drivers.js';
import { docBound } from './doc-bound.js';
import type { Cursor } from './posting-cursors.js';
import { scoreDoc } from './score-doc.js';

/** Below this many driven postings, walking the lists beats joining bitmaps. */
const JOIN_MIN_POSTINGS = 8192;
const EPS = 1e-9;

/** A required term with long lists that needs help from other terms: join, don't walk. */
export function shouldJoin(choice: Drivers): boolean {
  if (!choice.filter || choice.filter.length === 0) return false;
  let driven = 0;
  for (const c of choice.lists) driven += c.length;
  return driven >= JOIN_MIN_POSTINGS && choice.lists.every((c) => c.bits !== null);
}

/** ORs the lists into `out` (bitmaps word-wise; short lists without one doc by doc). */
function orInto(out: Uint32Array, lists: readonly Cursor[]): void {
  for (const c of lists) {
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

/**
 * The rest of the search as one semi-join: docs in the required term's lists AND in one of
 * the lists of the terms it needs help from, found 32 at a time by AND-ing bitmaps over the
 * remaining regions, bounded from their sector mask, and scored exactly when the bound can
 * still beat the k-th score. The k-th score only rises, so the filter chosen at the start
 * stays a valid superset.
 */
export function joinRemaining(
  state: SearchState,
  choice: Drivers,
  regions: readonly Region[],
): void {
  const store = state.index.store;
  const words = (store.docCount >>> 5) + 1;
  const [left, right] = state.index.scratchBitmaps(words);
  orInto(left, choice.lists);
  orInto(right, choice.filter ?? []);
  const heap = state.heap;
  const masks = store.sectorMask.data;
  const maskWords = state.maskBound.words;
  for (const region of regions) {
    if (heap.full && state.sectorBound + region.adjustment < heap.threshold - EPS) continue;
    const last = (region.end - 1) >>> 5;
    for (let w = region.start >>> 5; w <= last; w++) {
      let hits = (left[w] ?? 0) & (right[w] ?? 0);
      while (hits !== 0) {
        const bit = 31 - Math.clz32(hits & -hits);
        hits &= hits - 1;
        const doc = (w << 5) | bit;
        if (doc < region.start || doc >= region.end) continue;
        const need = heap.full ? heap.threshold - EPS : EPS;
        const bound = docBound(state.maskBound, masks, doc * maskWords, doc);
        if (bound + region.adjustment <= need) continue;
        const score = scoreDoc(state.index, state.plan, doc);
        if (score > 0) heap.offer(score, doc);
      }
    }
  }
}
