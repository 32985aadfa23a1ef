import type { Cohesion } from '@citymatch/taxonomy';

/**
 * The numbers behind a score, in one place. A challenge's FIRST tag is its primary need; a
 * startup in the primary sector must outrank one that only shares secondary sectors, which
 * must outrank one merely in a neighbouring sector. The weights are chosen so that holds:
 * primary exact (≥ 0.5 after IDF) > any secondary alone (0.25 × ≤ 1), and secondary exact
 * (≥ 0.125) > loose sibling of the primary (≤ 0.15 × 1 only when the primary is rarer).
 */

/** Weight of a challenge tag by position: the first is the primary need. */
export function positionWeight(position: number): number {
  return position === 0 ? 1 : 0.25;
}

export const RELATION_STRENGTH: Readonly<
  Record<Cohesion, { readonly parentChild: number; readonly sibling: number }>
> = {
  // distinct jobs in one area (parking vs. public transport)
  loose: { parentChild: 0.5, sibling: 0.15 },
  // facets of one municipal function (solar vs. energy efficiency)
  tight: { parentChild: 0.8, sibling: 0.6 },
};

/** Small, explained bonuses, only for startups that already match by sector. */
export const ADJUSTMENTS = { city: 0.01, country: 0.01, language: 0.01 } as const;
export const MAX_ADJUSTMENT = ADJUSTMENTS.city + ADJUSTMENTS.country + ADJUSTMENTS.language;
/** Share of the score that comes from sectors; adjustments fill the rest up to 1. */
export const RELEVANCE_SHARE = 1 - MAX_ADJUSTMENT;

/**
 * IDF of a sector, damped into [0.5, 1] so that rarity tunes, but never overturns, the
 * primary/secondary order: 0.5 + 0.5 · ln(1 + N/(1+df)) / ln(1 + N).
 */
export function idfWeight(df: number, total: number): number {
  if (total <= 0) return 1;
  const idf = Math.log(1 + total / (1 + df)) / Math.log(1 + total);
  return 0.5 + 0.5 * Math.min(1, idf);
}

export const DEFAULT_TOP_K = 50;
