import { toRanked } from './explain-match.js';
import { planQuery } from './query-plan.js';
import { scoreDoc } from './score-doc.js';
import { DEFAULT_TOP_K } from './scoring-weights.js';
import type { StartupIndex } from './startup-index.js';
import { searchTopK } from './top-k-search.js';
import type { ChallengeInput, RankedStartup } from './types.js';

export interface RankOptions {
  /** How many startups to return (default 50). */
  readonly k?: number;
}

/**
 * The k best active startups for a challenge, best first, each with its reasons.
 * Score = Σ over the challenge's sectors of weight (position × IDF) × match strength
 * (exact > parent/child > sibling, × tag mapping certainty), normalized to 0..1, plus small
 * same-city / same-country / shared-language bonuses; ties go to the smaller startup id.
 * Top-k over postings (WAND + bounded heap): never a scan of all startups.
 */
export function rankStartups(
  index: StartupIndex,
  challenge: ChallengeInput,
  options: RankOptions = {},
): RankedStartup[] {
  const k = Math.max(0, Math.floor(options.k ?? DEFAULT_TOP_K));
  const plan = planQuery(index, challenge);
  if (plan.maxBase <= 0 || k === 0) return [];
  const heap = searchTopK(index, plan, k);
  return heap.sorted().map(({ doc, score }) => toRanked(index, plan, doc, score));
}

/**
 * The same ranking by scoring EVERY active startup (no postings, no pruning). Only for
 * checking `rankStartups` and measuring what the index saves.
 */
export function rankStartupsNaive(
  index: StartupIndex,
  challenge: ChallengeInput,
  options: RankOptions = {},
): RankedStartup[] {
  const k = Math.max(0, Math.floor(options.k ?? DEFAULT_TOP_K));
  const plan = planQuery(index, challenge);
  if (plan.maxBase <= 0 || k === 0) return [];
  const scored: { doc: number; score: number; id: string }[] = [];
  for (let doc = 0; doc < index.store.docCount; doc++) {
    const score = scoreDoc(index, plan, doc);
    if (score > 0) scored.push({ doc, score, id: index.store.extIds[doc] ?? '' });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, k).map(({ doc, score }) => toRanked(index, plan, doc, score));
}
