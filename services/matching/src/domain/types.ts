/**
 * Inputs and outputs of ranking, independent of how they arrive (events, REST, files).
 * Tags are as their authors wrote them, in any of en/tr/fa/ar.
 */

export interface ChallengeInput {
  readonly id: string;
  /** Sector tags as written; the first one is the challenge's primary need. */
  readonly sectors: readonly string[];
  readonly city?: string | null;
  readonly country?: string | null;
  readonly language?: string | null;
}

export interface StartupInput {
  readonly id: string;
  readonly sectors: readonly string[];
  readonly city?: string | null;
  readonly country?: string | null;
  readonly languages?: readonly string[] | null;
  /** Only active startups are indexed; `false` removes the startup. Default true. */
  readonly active?: boolean;
}

export type MatchRelation =
  | 'exact'
  | 'parent'
  | 'child'
  | 'sibling'
  | 'free'
  | 'city'
  | 'country'
  | 'language';

/** One explained contribution to a score. */
export interface MatchReason {
  /** The challenge's tag as written (or its city/country/language for adjustments). */
  readonly challengeTag: string;
  /** The startup's tag as written (or its city/country/language for adjustments). */
  readonly startupTag: string;
  /** The startup-side sector that matched (`free:<tag>` for free tags; null for adjustments). */
  readonly sectorId: string | null;
  /** The challenge-side sector it was matched against (null for adjustments). */
  readonly challengeSectorId: string | null;
  /** exact, parent (the startup's sector is the parent of the challenge's), child, sibling. */
  readonly relation: MatchRelation;
  /** 0..1: relation strength × how surely the startup's tag maps to its sector. */
  readonly strength: number;
  /** The challenge sector's weight (tag position × IDF × mapping certainty), or the bonus. */
  readonly weight: number;
  /** What this reason adds to the 0..1 score. */
  readonly contribution: number;
}

export interface RankedStartup {
  readonly startupId: string;
  /** 0..1, best first; ties broken by startupId ascending. */
  readonly score: number;
  /** The sector part of the score alone, 0..1, before adjustments. */
  readonly relevance: number;
  readonly reasons: readonly MatchReason[];
}
