import type { QueryPlan } from './query-plan.js';
import { RELEVANCE_SHARE } from './scoring-weights.js';
import { REL_CHILD, REL_SIBLING } from './sector-space.js';
import type { StartupIndex } from './startup-index.js';

/**
 * Per challenge, what each term can give a doc at each relation level, as masks over the
 * taxonomy's sectors. With a doc's sector mask (one cache line) this bounds the doc's sector
 * score tightly — only mapping strengths below 1 make it loose — before the exact scoring.
 */
export interface MaskBound {
  readonly words: number;
  /** Level masks, `words` ints each, grouped by term with levels in descending value. */
  readonly masks: Int32Array;
  readonly values: Float64Array;
  /** Index of each term's first level; termStart[terms] = total levels. */
  readonly termStart: Int32Array;
  /** Terms the masks cannot see (free tags): their docs and what they add. */
  readonly free: readonly ReadonlySet<number>[];
  readonly freeValue: Float64Array;
}

export function buildMaskBound(index: StartupIndex, plan: QueryPlan): MaskBound {
  const space = index.space;
  const words = index.store.maskWords;
  const limit = index.store.maskLimit;
  const scale = plan.maxBase > 0 ? RELEVANCE_SHARE / plan.maxBase : 0;
  const levels: { term: number; sectors: number[]; value: number }[] = [];
  const free: Set<number>[] = [];
  const freeValue: number[] = [];
  plan.terms.forEach((term, t) => {
    const q = term.sector;
    const w = term.weight * scale;
    if (q < 0) return;
    if (q >= limit) {
      const list = index.store.sectorPostings[q];
      free.push(new Set(list ? list.docs.data.subarray(0, list.length) : []));
      freeValue.push(w);
      return;
    }
    const parent = space.parent(q);
    const near = [...space.children(q), ...(parent >= 0 ? [parent] : [])];
    const siblings = parent >= 0 ? space.children(parent).filter((s) => s !== q) : [];
    levels.push({ term: t, sectors: [q], value: w });
    levels.push({ term: t, sectors: near, value: w * space.strength(q, REL_CHILD) });
    levels.push({ term: t, sectors: siblings, value: w * space.strength(q, REL_SIBLING) });
  });
  const masks = new Int32Array(levels.length * words);
  const values = new Float64Array(levels.length);
  const termStart = new Int32Array(plan.terms.length + 1).fill(levels.length);
  levels.forEach((level, i) => {
    values[i] = level.value;
    for (const s of level.sectors) {
      if (s < limit)
        masks[i * words + (s >> 5)] = (masks[i * words + (s >> 5)] ?? 0) | (1 << (s & 31));
    }
  });
  for (let i = levels.length - 1; i >= 0; i--) termStart[levels[i]?.term ?? 0] = i;
  for (let t = plan.terms.length - 1; t >= 0; t--) {
    if ((termStart[t] ?? 0) > (termStart[t + 1] ?? 0)) termStart[t] = termStart[t + 1] ?? 0;
  }
  return { words, masks, values, termStart, free, freeValue: Float64Array.from(freeValue) };
}

/**
 * Upper bound of a doc's sector score (final-score units, adjustments excluded), from the
 * doc's sector mask at `docMask[base…]` (and membership in free-tag terms' lists).
 */
export function docBound(mb: MaskBound, docMask: Int32Array, base: number, doc: number): number {
  const { masks, values, termStart, words } = mb;
  let sum = 0;
  for (let i = 0; i < mb.free.length; i++) {
    if (mb.free[i]?.has(doc)) sum += mb.freeValue[i] ?? 0;
  }
  for (let t = 0; t + 1 < termStart.length; t++) {
    for (let level = termStart[t] ?? 0; level < (termStart[t + 1] ?? 0); level++) {
      let hit = 0;
      for (let w = 0; w < words; w++)
        hit |= (docMask[base + w] ?? 0) & (masks[level * words + w] ?? 0);
      if (hit !== 0) {
        sum += values[level] ?? 0;
        break;
      }
    }
  }
  return sum;
}
