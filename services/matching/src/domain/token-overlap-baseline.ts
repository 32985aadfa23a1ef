import { normalizeTokens } from '@citymatch/taxonomy';
import type { ChallengeInput, StartupInput } from './types.js';

function tokenSet(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const tag of tags) for (const t of normalizeTokens(tag)) out.add(t);
  return out;
}

/**
 * The lexical baseline the taxonomy is measured against: score = number of normalized words
 * a startup's tags share with the challenge's, ties by startup id. No synonyms, no sectors.
 */
export function rankByTokenOverlap(
  challenge: ChallengeInput,
  startups: readonly StartupInput[],
  k: number,
): string[] {
  const wanted = tokenSet(challenge.sectors);
  const scored: { id: string; score: number }[] = [];
  for (const s of startups) {
    if (s.active === false) continue;
    let score = 0;
    for (const t of tokenSet(s.sectors)) if (wanted.has(t)) score++;
    if (score > 0) scored.push({ id: s.id, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, k).map((s) => s.id);
}
