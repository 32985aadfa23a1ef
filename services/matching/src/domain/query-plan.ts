import { cityKey, countryKey, languageKey } from './attribute-keys.js';
import { idfWeight, positionWeight } from './scoring-weights.js';
import { REL_CHILD, REL_SIBLING } from './sector-space.js';
import type { StartupIndex } from './startup-index.js';
import type { ChallengeInput } from './types.js';

export interface QueryTerm {
  /** Sector number in the index's sector space; -1 when no startup has ever used it. */
  readonly sector: number;
  readonly sectorId: string;
  /** Position weight × damped IDF × how surely the challenge tag maps to the sector. */
  readonly weight: number;
  /** The challenge tag as written that produced this term. */
  readonly tag: string;
}

/** The terms again as flat arrays, for the scoring hot path. */
export interface TermArrays {
  readonly sector: Int32Array;
  readonly parent: Int32Array;
  readonly weight: Float64Array;
  /** Strength of a parent or child relation for this term (by its area's cohesion). */
  readonly parentChild: Float64Array;
  readonly sibling: Float64Array;
}

export interface QueryPlan {
  readonly terms: readonly QueryTerm[];
  readonly arrays: TermArrays;
  /** Best possible sector sum (every term matched exactly): normalizes relevance to 0..1. */
  readonly maxBase: number;
  readonly city: number;
  readonly country: number;
  readonly language: number;
  readonly cityName: string;
  readonly countryName: string;
  readonly languageName: string;
}

const MAX_CHALLENGE_TAGS = 50;

/** Turns a challenge into weighted sector terms against the index's current statistics. */
export function planQuery(index: StartupIndex, challenge: ChallengeInput): QueryPlan {
  const bySector = new Map<string, QueryTerm>();
  const total = index.size;
  challenge.sectors.slice(0, MAX_CHALLENGE_TAGS).forEach((tag, position) => {
    for (const m of index.mapTagCached(tag)) {
      const sector = index.space.lookup(m.sectorId) ?? -1;
      const df = sector >= 0 ? index.documentFrequency(sector) : 0;
      const weight = positionWeight(position) * idfWeight(df, total) * m.strength;
      const prev = bySector.get(m.sectorId);
      if (!prev || prev.weight < weight) {
        bySector.set(m.sectorId, { sector, sectorId: m.sectorId, weight, tag });
      }
    }
  });
  const terms = [...bySector.values()];
  const space = index.space;
  const arrays: TermArrays = {
    sector: Int32Array.from(terms, (t) => t.sector),
    parent: Int32Array.from(terms, (t) => (t.sector >= 0 ? space.parent(t.sector) : -1)),
    weight: Float64Array.from(terms, (t) => t.weight),
    parentChild: Float64Array.from(terms, (t) =>
      t.sector >= 0 ? space.strength(t.sector, REL_CHILD) : 0,
    ),
    sibling: Float64Array.from(terms, (t) =>
      t.sector >= 0 ? space.strength(t.sector, REL_SIBLING) : 0,
    ),
  };
  const cityName = challenge.city ?? '';
  const countryName = challenge.country ?? '';
  const languageName = challenge.language ?? '';
  return {
    terms,
    arrays,
    maxBase: terms.reduce((sum, t) => sum + t.weight, 0),
    city: lookupOr(index.cities.lookup(cityKey(cityName))),
    country: lookupOr(index.countries.lookup(countryKey(countryName))),
    language: lookupOr(index.languages.lookup(languageKey(languageName))),
    cityName,
    countryName,
    languageName,
  };
}

function lookupOr(id: number | undefined): number {
  return id === undefined ? -1 : id;
}
