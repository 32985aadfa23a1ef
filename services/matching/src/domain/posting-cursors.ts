import type { PostingList } from './posting-list.js';
import type { QueryPlan } from './query-plan.js';
import { ADJUSTMENTS, RELEVANCE_SHARE } from './scoring-weights.js';
import { REL_CHILD, REL_PARENT, REL_SIBLING } from './sector-space.js';
import type { StartupIndex } from './startup-index.js';

/** Past the last doc. */
export const END = 0x7fffffff;

/**
 * A position in one postings list, with the most a doc in it can gain from it PER SCORE
 * DIMENSION (one per challenge term, one per adjustment). A doc's score takes the best
 * relation per term, so bounds of lists serving the same term combine by max, not sum.
 */
export interface Cursor {
  readonly docs: Int32Array;
  /** Each doc's sector mask, `words` ints per posting. */
  readonly masks: Int32Array;
  /** Bitmap of the list's docs (long lists only). */
  readonly bits: Int32Array | null;
  readonly length: number;
  pos: number;
  /** Doc at `pos`, or END. */
  doc: number;
  /** Dimensions this list contributes to, and the bound for each (final-score units). */
  readonly dims: Int32Array;
  readonly bounds: Float64Array;
  /** Sum of the bounds (used to order lists). */
  readonly ub: number;
}

function cursor(list: PostingList, byDim: Map<number, number>): Cursor {
  const dims = Int32Array.from(byDim.keys());
  const bounds = Float64Array.from(byDim.values());
  const ub = bounds.reduce((a, b) => a + b, 0);
  const docs = list.docs.data;
  const doc = docs[0] ?? END;
  const masks = list.masks.data;
  return { docs, masks, bits: list.bits, length: list.length, pos: 0, doc, dims, bounds, ub };
}

/** Number of score dimensions of a plan: one per term. */
export function dimensionCount(plan: QueryPlan): number {
  return plan.terms.length;
}

/**
 * The most a matching doc can gain from adjustments for this challenge. Adjustments are not
 * traversed as lists (city, country and language lists are dense): their bound is added to
 * every candidate's, which still lets a full heap of best-placed ties stop the search.
 */
export function adjustmentBound(plan: QueryPlan): number {
  return (
    (plan.city >= 0 ? ADJUSTMENTS.city : 0) +
    (plan.country >= 0 ? ADJUSTMENTS.country : 0) +
    (plan.language >= 0 ? ADJUSTMENTS.language : 0)
  );
}

/**
 * The postings lists that can contribute to a challenge's scores, each with its bound per
 * term: the term's own sector, its parent, the union of its parent's children (siblings) and
 * the union of its own children.
 */
export function buildCursors(index: StartupIndex, plan: QueryPlan): Cursor[] {
  if (plan.maxBase <= 0) return [];
  const space = index.space;
  const store = index.store;
  const scale = RELEVANCE_SHARE / plan.maxBase;
  // list key → dimension → bound; sector lists keyed s<id>, children unions c<id>
  const lists = new Map<string, { list: PostingList; byDim: Map<number, number> }>();
  const add = (key: string, list: PostingList | undefined, dim: number, bound: number) => {
    if (!list || list.length === 0 || bound <= 0) return;
    let entry = lists.get(key);
    if (!entry) {
      entry = { list, byDim: new Map() };
      lists.set(key, entry);
    }
    entry.byDim.set(dim, Math.max(entry.byDim.get(dim) ?? 0, bound));
  };
  plan.terms.forEach((term, dim) => {
    const q = term.sector;
    if (q < 0) return;
    const w = term.weight * scale;
    add(`s${q}`, store.sectorPostings[q], dim, w);
    const parent = space.parent(q);
    if (parent >= 0) {
      add(`s${parent}`, store.sectorPostings[parent], dim, w * space.strength(q, REL_PARENT));
      add(`c${parent}`, store.childPostings[parent], dim, w * space.strength(q, REL_SIBLING));
    }
    if (space.children(q).length > 0) {
      add(`c${q}`, store.childPostings[q], dim, w * space.strength(q, REL_CHILD));
    }
  });
  return [...lists.values()].map(({ list, byDim }) => cursor(list, byDim));
}

export function advance(c: Cursor): void {
  c.pos++;
  c.doc = c.pos < c.length ? (c.docs[c.pos] ?? END) : END;
}

/** Positions a cursor at the first doc ≥ target, forwards or backwards (binary search). */
export function seekTo(c: Cursor, target: number): void {
  let left = 0;
  let right = c.length;
  while (left < right) {
    const mid = (left + right) >> 1;
    if ((c.docs[mid] ?? END) < target) left = mid + 1;
    else right = mid;
  }
  c.pos = left;
  c.doc = left < c.length ? (c.docs[left] ?? END) : END;
}

/** Moves a cursor to the first doc ≥ target (galloping, then binary search). */
export function skipTo(c: Cursor, target: number): void {
  if (c.doc >= target) return;
  let lo = c.pos;
  let step = 1;
  let hi = lo + step;
  while (hi < c.length && (c.docs[hi] ?? END) < target) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > c.length) hi = c.length;
  let left = lo + 1;
  let right = hi;
  while (left < right) {
    const mid = (left + right) >> 1;
    if ((c.docs[mid] ?? END) < target) left = mid + 1;
    else right = mid;
  }
  c.pos = left;
  c.doc = left < c.length ? (c.docs[left] ?? END) : END;
}
