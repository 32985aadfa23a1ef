import { typoBudget } from './edit-distance.js';
import { matchTokens, refineToChild } from './match-tokens.js';
import { compactKey } from './normalize.js';
import { type FormHit, isContentToken, prepareText, surfaceIndex } from './surface-index.js';
import { isGeneric } from './token-classes.js';

export type MatchVia = 'exact' | 'stem' | 'phrase' | 'fuzzy' | 'token' | 'free';

export interface SectorMatch {
  /** Canonical sector id, or `free:<normalized tag>` when the taxonomy does not know it. */
  readonly sectorId: string;
  /** 0..1: 1 for an exact label or synonym, less for partial or fuzzy evidence. */
  readonly strength: number;
  readonly via: MatchVia;
  /** The surface form that matched (absent for free tags). */
  readonly form?: string;
}

export const FREE_PREFIX = 'free:';
/** A tag never maps to more sectors than this, however many known words it strings together. */
export const MAX_SECTORS_PER_TAG = 3;

interface Span {
  readonly start: number;
  readonly end: number; // inclusive
  readonly hits: readonly FormHit[];
  readonly exact: boolean;
}

function findSpans(tokens: readonly string[], stems: readonly string[]): Span[] {
  const index = surfaceIndex();
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isContentToken(tokens[i] ?? '')) continue;
    const last = Math.min(tokens.length - 1, i + index.maxSpan - 1);
    for (let j = i; j <= last; j++) {
      if (!isContentToken(tokens[j] ?? '')) continue;
      const exact = index.exact.get(compactKey(tokens.slice(i, j + 1)));
      if (exact) {
        spans.push({ start: i, end: j, hits: exact, exact: true });
        continue;
      }
      const stem = index.stem.get(compactKey(stems.slice(i, j + 1)));
      if (stem) spans.push({ start: i, end: j, hits: stem, exact: false });
    }
  }
  return spans;
}

/** Longest spans first, exact before stemmed, then left to right; no overlaps. */
function chooseSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(b.exact) - Number(a.exact) || a.start - b.start,
  );
  const taken: Span[] = [];
  for (const s of sorted) {
    if (taken.every((t) => s.end < t.start || s.start > t.end)) taken.push(s);
  }
  return taken;
}

function fromSpans(
  tokens: readonly string[],
  stems: readonly string[],
  spans: Span[],
): SectorMatch[] {
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.start; i <= s.end; i++) covered.add(i);
  const leftover = tokens
    .map((token, i) => ({ token, stem: stems[i] ?? token, i }))
    .filter(({ token, i }) => !covered.has(i) && isContentToken(token) && !isGeneric(token));
  const whole = leftover.length === 0;
  const out = new Map<string, SectorMatch>();
  for (const span of spans) {
    const base = whole ? (span.exact ? 1 : 0.95) : Math.max(0.6, 0.9 - 0.1 * leftover.length);
    const ambiguity = span.hits.length > 1 ? 0.8 : 1;
    const via: MatchVia = whole ? (span.exact ? 'exact' : 'stem') : 'phrase';
    for (const hit of span.hits) {
      const refined = whole ? null : refineToChild(hit.sectorId, leftover);
      const sectorId = refined ?? hit.sectorId;
      const strength = round((refined ? 0.85 : base) * ambiguity);
      const prev = out.get(sectorId);
      if (!prev || prev.strength < strength) {
        out.set(sectorId, { sectorId, strength, via, form: hit.form });
      }
    }
  }
  return [...out.values()].slice(0, MAX_SECTORS_PER_TAG);
}

function fuzzyWhole(stems: readonly string[]): SectorMatch[] {
  const key = compactKey(stems);
  const index = surfaceIndex();
  const { keys } = index.fuzzyKeys.nearest(key, typoBudget(key.length));
  const hits = keys.flatMap((k) => index.stem.get(k) ?? []);
  const sectors = new Set(hits.map((h) => h.sectorId));
  const hit = hits[0];
  if (sectors.size !== 1 || !hit) return [];
  return [{ sectorId: hit.sectorId, strength: 0.85, via: 'fuzzy', form: hit.form }];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Maps one tag, as written, to canonical sectors. Never throws; an empty or meaningless tag
 * maps to nothing, an unknown one to a single free tag that only meets the same free tag.
 */
export function mapTag(tag: unknown): SectorMatch[] {
  const { tokens, stems } = prepareText(tag);
  if (tokens.length === 0) return [];
  const spans = chooseSpans(findSpans(tokens, stems));
  if (spans.length > 0) return fromSpans(tokens, stems, spans);
  const fuzzy = fuzzyWhole(stems);
  if (fuzzy.length > 0) return fuzzy;
  const byToken = matchTokens(tokens, stems);
  if (byToken.length > 0) return byToken;
  return [{ sectorId: `${FREE_PREFIX}${tokens.join(' ')}`, strength: 1, via: 'free' }];
}

export function isFreeSector(sectorId: string): boolean {
  return sectorId.startsWith(FREE_PREFIX);
}
