import { typoBudget } from './edit-distance.js';
import type { SectorMatch } from './map-tag.js';
import { childrenOf } from './sectors.js';
import { isContentToken, namesNeed, type SurfaceIndex, surfaceIndex } from './surface-index.js';
import { isGeneric } from './token-classes.js';

/** Below this share of the tag's information, word-level evidence is not trusted. */
const MIN_COVERAGE = 0.34;
const PREFIX_MIN = 5;

interface TokenEvidence {
  readonly sectors: ReadonlyMap<string, number>;
  readonly quality: number;
  readonly idf: number;
}

/** Sectors that use this stemmed word: exactly, with a typo, or as a prefix (agglutination). */
function evidenceFor(index: SurfaceIndex, stem: string, word: string): TokenEvidence | undefined {
  const exact = index.tokens.get(stem);
  if (exact) return { sectors: exact, quality: 1, idf: index.tokenIdf(stem) };
  // a typo in the word as written ("الحافالت" for "الحافلات") can hide its stem
  const written = index.fuzzyWords.nearest(word, typoBudget(word.length)).keys[0];
  const writtenStem = written === undefined ? undefined : index.words.get(written);
  const writtenSectors = writtenStem === undefined ? undefined : index.tokens.get(writtenStem);
  if (writtenStem !== undefined && writtenSectors) {
    return { sectors: writtenSectors, quality: 0.85, idf: index.tokenIdf(writtenStem) };
  }
  const { keys } = index.fuzzyTokens.nearest(stem, typoBudget(stem.length + 1));
  const typo = keys[0];
  const typoSectors = typo === undefined ? undefined : index.tokens.get(typo);
  if (typo !== undefined && typoSectors) {
    return { sectors: typoSectors, quality: 0.85, idf: index.tokenIdf(typo) };
  }
  if (stem.length < PREFIX_MIN) return undefined;
  // agglutinated forms: a known word of 5+ letters that starts this one, longest first
  for (let len = stem.length - 1; len >= PREFIX_MIN; len--) {
    const head = stem.slice(0, len);
    const sectors = index.tokens.get(head);
    if (sectors) return { sectors, quality: 0.75, idf: index.tokenIdf(head) };
  }
  return undefined;
}

/**
 * Word-level fallback for tags no surface form covers: each content word votes for the
 * sectors whose forms use it, weighted by how specific the word is and how central it is in
 * the form. Generic words ("smart", "platform") never decide alone.
 */
export function matchTokens(tokens: readonly string[], stems: readonly string[]): SectorMatch[] {
  const index = surfaceIndex();
  const scores = new Map<string, { score: number; info: number; specific: boolean }>();
  let totalInfo = 0;
  tokens.forEach((token, i) => {
    const stem = stems[i] ?? token;
    if (!isContentToken(token)) return;
    const generic = isGeneric(token);
    const evidence = evidenceFor(index, stem, token);
    const info = evidence ? evidence.idf : index.maxIdf;
    totalInfo += generic ? info * 0.3 : info;
    if (!evidence) return;
    for (const [sectorId, share] of evidence.sectors) {
      const s = scores.get(sectorId) ?? { score: 0, info: 0, specific: false };
      s.score += evidence.idf * share * evidence.quality;
      s.info += (generic ? 0.3 : 1) * evidence.idf * evidence.quality;
      s.specific ||= !generic;
      scores.set(sectorId, s);
    }
  });
  let bestId: string | undefined;
  let best: { score: number; info: number; specific: boolean } | undefined;
  for (const [id, s] of scores) {
    if (!s.specific) continue;
    if (!best || s.score > best.score || (s.score === best.score && id < (bestId ?? ''))) {
      best = s;
      bestId = id;
    }
  }
  if (!best || !bestId || totalInfo === 0) return [];
  const coverage = Math.min(1, best.info / totalInfo);
  if (coverage < MIN_COVERAGE) return [];
  const strength = Math.round((0.45 + 0.35 * coverage) * 1000) / 1000;
  return [{ sectorId: bestId, strength, via: 'token' }];
}

/**
 * When a phrase only named an area ("waste") and the rest of the tag says which part of it
 * ("… pick-up", "جمع و حمل …"), the words left over choose among the area's children.
 */
export function refineToChild(
  parentId: string,
  leftover: readonly { token: string; stem: string }[],
): string | null {
  const kids = new Set(childrenOf(parentId));
  if (kids.size === 0 || leftover.length === 0) return null;
  const index = surfaceIndex();
  const scores = new Map<string, number>();
  for (const { token, stem } of leftover) {
    if (!namesNeed(token)) continue;
    const evidence = index.tokens.get(stem) ?? derivedEvidence(index, stem, kids);
    if (!evidence) continue;
    for (const [sectorId, share] of evidence) {
      if (kids.has(sectorId)) scores.set(sectorId, (scores.get(sectorId) ?? 0) + share);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, s] of scores) {
    if (s > bestScore || (s === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = s;
    }
  }
  return best;
}

/**
 * An English verb or stem the forms only use derived ("collect trash": collection, "sort
 * waste": sorting, "treat sewage": treatment): the children's words that extend it by a
 * derivational ending. Only to choose among the children of an area already named.
 */
const DERIVATIONAL = /^(ion|ions|tion|ing|ings|ment|ments|er|ers|ed|ation|s)$/;

function derivedEvidence(
  index: SurfaceIndex,
  stem: string,
  kids: ReadonlySet<string>,
): ReadonlyMap<string, number> | undefined {
  if (stem.length < 4 || !/^[a-z]+$/.test(stem)) return undefined;
  const out = new Map<string, number>();
  for (const [word, sectors] of index.tokens) {
    if (!word.startsWith(stem) || !DERIVATIONAL.test(word.slice(stem.length))) continue;
    for (const [sectorId, share] of sectors) {
      if (kids.has(sectorId)) out.set(sectorId, Math.max(out.get(sectorId) ?? 0, share));
    }
  }
  return out.size > 0 ? out : undefined;
}
