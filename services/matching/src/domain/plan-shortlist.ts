import type { MatchReason } from '@citymatch/events';
import type { RankedStartup } from './types.js';

export interface ShortlistEntry {
  readonly startupId: string;
  readonly score: number;
  readonly rank: number;
  readonly reasons: MatchReason[];
}

/** Reasons as the events and the API carry them (the ranking's internal fields dropped). */
export function publicReasons(ranked: RankedStartup): MatchReason[] {
  return ranked.reasons.map(({ challengeSectorId: _c, contribution: _w, ...reason }) => ({
    ...reason,
    challengeTag: reason.challengeTag.slice(0, 200),
    startupTag: reason.startupTag.slice(0, 200),
    sectorId: reason.sectorId === null ? null : reason.sectorId.slice(0, 200),
  }));
}

/** The shortlist: the ranked startups scoring at least `minScore`, ranked 1, 2, … */
export function shortlistOf(ranked: readonly RankedStartup[], minScore: number): ShortlistEntry[] {
  return ranked
    .filter((r) => r.score >= minScore && r.score > 0)
    .map((r, i) => ({
      startupId: r.startupId,
      score: r.score,
      rank: i + 1,
      reasons: publicReasons(r),
    }));
}

/** A shortlist changed when its startups or their order did (score drift alone is no change). */
export function shortlistChanged(
  before: readonly { startupId: string }[],
  after: readonly { startupId: string }[],
): boolean {
  return (
    before.length !== after.length || before.some((e, i) => e.startupId !== after[i]?.startupId)
  );
}

/** Entries not announced before: each gets its one match.found. */
export function newlyMatched(
  entries: readonly ShortlistEntry[],
  announced: readonly string[],
): ShortlistEntry[] {
  const seen = new Set(announced);
  return entries.filter((e) => !seen.has(e.startupId));
}
