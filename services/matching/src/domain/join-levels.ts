import type { SearchState } from './choose-drivers.js';
import type { Cursor } from './posting-cursors.js';

/** A term at a level: docs in one of the term's lists bounded at least `value`. */
export interface Level {
  readonly term: number;
  readonly value: number;
}

/** Each term's distinct list bounds, highest first. */
export function termLevels(state: SearchState): number[][] {
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
export function minimalCombos(levels: number[][], adjustment: number, need: number): Level[][] {
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
export class LevelBitmaps {
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
