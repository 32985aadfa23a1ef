import { adjustmentRegions, type Region } from './adjustment-regions.js';
import { joinRemaining, shouldJoin } from './bitmap-join.js';
import { chooseDrivers, type SearchState } from './choose-drivers.js';
import { buildMaskBound, docBound } from './doc-bound.js';
import { advance, buildCursors, type Cursor, END, seekTo, skipTo } from './posting-cursors.js';
import type { QueryPlan } from './query-plan.js';
import { scoreDoc } from './score-doc.js';
import type { StartupIndex } from './startup-index.js';
import { TopKHeap } from './top-k-heap.js';

/**
 * Searches one region by walking only the "driver" lists (postings lists every doc that could
 * still enter the top k must be in), re-chosen whenever the k-th score rises. A doc is first
 * bounded from its sector mask, and scored exactly only if the bound can beat the k-th score.
 * Returns -1 when done, or the doc from which a bitmap join should take over.
 */
function searchRegion(state: SearchState, region: Region): number {
  const heap = state.heap;
  const words = state.maskBound.words;
  for (const c of state.cursors) seekTo(c, region.start);
  let choice = chooseDrivers(state, region, region.start);
  if (shouldJoin(state, choice)) return region.start;
  let drivers = choice.lists;
  let threshold = heap.full ? heap.threshold : Number.NEGATIVE_INFINITY;
  while (drivers.length > 0) {
    let doc = END;
    let from = drivers[0] as Cursor;
    for (const c of drivers) {
      if (c.doc < doc) {
        doc = c.doc;
        from = c;
      }
    }
    if (doc >= region.end) return -1;
    state.walked++;
    const bound = docBound(state.maskBound, from.masks, from.pos * words, doc);
    if (bound + region.adjustment > state.need) {
      const score = scoreDoc(state.index, state.plan, doc);
      if (score > 0) heap.offer(score, doc);
    }
    for (const c of drivers) if (c.doc === doc) advance(c);
    if (heap.full && heap.threshold > threshold) {
      threshold = heap.threshold;
      choice = chooseDrivers(state, region, doc + 1);
      for (const c of choice.lists) skipTo(c, doc + 1);
      if (shouldJoin(state, choice)) return doc + 1;
      drivers = choice.lists;
    } else if ((state.walked & 4095) === 0 && shouldJoin(state, choice)) {
      return doc + 1;
    }
  }
  return -1;
}

function termBounds(cursors: readonly Cursor[], terms: number): Float64Array {
  const best = new Float64Array(terms);
  for (const c of cursors) {
    for (let j = 0; j < c.dims.length; j++) {
      const d = c.dims[j] ?? 0;
      best[d] = Math.max(best[d] ?? 0, c.bounds[j] ?? 0);
    }
  }
  return best;
}

/**
 * Top-k over the challenge's postings lists only (never a scan of all startups): a bounded
 * heap filled region by region — the challenge's own city, the rest of its country, the
 * other countries, the unsorted tail — each region skipped when even its best possible doc
 * cannot reach the k-th score. When even the cheapest lists to walk are long, the rest is one
 * word-wise bitmap join instead (see bitmap-join.ts).
 */
export function searchTopK(index: StartupIndex, plan: QueryPlan, k: number): TopKHeap {
  const ids = index.store.extIds;
  const prefix = index.sortedPrefix;
  const store = index.store;
  const sameGroup = (a: number, b: number) =>
    a < prefix &&
    b < prefix &&
    store.city.data[a] === store.city.data[b] &&
    store.country.data[a] === store.country.data[b];
  const before = (a: number, b: number) =>
    sameGroup(a, b) ? a < b : (ids[a] ?? '') < (ids[b] ?? '');
  const cursors = buildCursors(index, plan);
  const maxPerTerm = termBounds(cursors, plan.terms.length);
  const state: SearchState = {
    index,
    plan,
    cursors,
    heap: new TopKHeap(k, before),
    maxPerTerm,
    sectorBound: maxPerTerm.reduce((a, b) => a + b, 0),
    maskBound: buildMaskBound(index, plan),
    need: 0,
    walked: 0,
  };
  const regions = adjustmentRegions(index, plan).filter((r) => r.end > r.start);
  for (let i = 0; i < regions.length; i++) {
    const region = regions[i] as Region;
    const heap = state.heap;
    if (heap.full && state.sectorBound + region.adjustment < heap.threshold - 1e-9) continue;
    const from = searchRegion(state, region);
    if (from >= 0) {
      const rest = [{ ...region, start: from }, ...regions.slice(i + 1)];
      joinRemaining(state, rest);
      break;
    }
  }
  return state.heap;
}
