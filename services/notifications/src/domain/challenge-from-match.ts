import type { MatchFoundData } from '@citymatch/events';
import type { ChallengeSummary, MatchSummary } from './match-email-input.js';

/** The challenge part of an email, from the match.found event that carries it. */
export function challengeFromMatch(match: MatchFoundData, urlBase: string): ChallengeSummary {
  return {
    challengeId: match.challengeId,
    title: match.challengeTitle,
    orgName: match.orgName,
    city: match.city,
    country: match.country,
    deadline: match.deadline,
    language: match.challengeLanguage,
    url: `${urlBase}${encodeURIComponent(match.challengeId)}`,
  };
}

/** Score, rank and reasons; adjustments (no sector) are labelled by the challenge's side. */
export function summaryFromMatch(match: MatchFoundData): MatchSummary {
  return {
    score: match.score,
    rank: match.rank,
    reasons: match.reasons.map((r) => ({
      challengeTag: r.challengeTag,
      startupTag: r.startupTag,
      sectorId: r.sectorId ?? r.challengeTag,
      relation: r.relation,
      strength: r.strength,
      weight: r.weight,
    })),
  };
}
