import type { QueryPlan } from './query-plan.js';
import { sectorSum } from './score-doc.js';
import { ADJUSTMENTS, RELEVANCE_SHARE } from './scoring-weights.js';
import { REL_NONE } from './sector-space.js';
import type { StartupIndex } from './startup-index.js';
import type { MatchReason, RankedStartup } from './types.js';

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Why a doc scores what it does: one reason per matched challenge term, then adjustments. */
export function explainDoc(index: StartupIndex, plan: QueryPlan, doc: number): MatchReason[] {
  const reasons: MatchReason[] = [];
  const start = index.store.fwdStart.data[doc] ?? 0;
  const end = start + (index.store.fwdCount.data[doc] ?? 0);
  const space = index.space;
  for (const term of plan.terms) {
    if (term.sector < 0) continue;
    let best = 0;
    let bestEntry = -1;
    let bestRel = REL_NONE;
    for (let i = start; i < end; i++) {
      const rel = space.relation(term.sector, index.store.fwdSector.data[i] ?? -1);
      if (rel === REL_NONE) continue;
      const s = space.strength(term.sector, rel) * (index.store.fwdStrength.data[i] ?? 0);
      if (s > best) {
        best = s;
        bestEntry = i;
        bestRel = rel;
      }
    }
    if (bestEntry < 0) continue;
    reasons.push({
      challengeTag: term.tag,
      startupTag: index.tags.values[index.store.fwdTag.data[bestEntry] ?? 0] ?? '',
      sectorId: space.name(index.store.fwdSector.data[bestEntry] ?? 0),
      challengeSectorId: term.sectorId,
      relation: space.relationName(term.sector, bestRel),
      strength: round(best),
      weight: round(term.weight),
      contribution: round((RELEVANCE_SHARE * term.weight * best) / plan.maxBase),
    });
  }
  reasons.sort((a, b) => b.contribution - a.contribution);
  const bonus = (
    relation: 'city' | 'country' | 'language',
    challengeTag: string,
    startupTag: string,
  ) => {
    const value = ADJUSTMENTS[relation];
    reasons.push({
      challengeTag,
      startupTag,
      sectorId: null,
      challengeSectorId: null,
      relation,
      strength: 1,
      weight: value,
      contribution: value,
    });
  };
  if (plan.city >= 0 && index.store.city.data[doc] === plan.city) {
    bonus('city', plan.cityName, index.cityNames[plan.city] ?? plan.cityName);
  }
  if (plan.country >= 0 && index.store.country.data[doc] === plan.country) {
    bonus('country', plan.countryName, index.countries.values[plan.country] ?? '');
  }
  if (plan.language >= 0 && ((index.store.languageMask.data[doc] ?? 0) >> plan.language) & 1) {
    bonus('language', plan.languageName, index.languages.values[plan.language] ?? '');
  }
  return reasons;
}

/** A ranked result with its reasons. */
export function toRanked(
  index: StartupIndex,
  plan: QueryPlan,
  doc: number,
  score: number,
): RankedStartup {
  const relevance = plan.maxBase > 0 ? sectorSum(index, plan, doc) / plan.maxBase : 0;
  return {
    startupId: index.store.extIds[doc] ?? '',
    score: round(Math.min(1, score)),
    relevance: round(Math.min(1, relevance)),
    reasons: explainDoc(index, plan, doc),
  };
}
