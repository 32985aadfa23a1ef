import { hasArabiziDigits, isArabiziFunctionWord, looksArabizi, matchArabizi } from './arabizi.js';
import { typoBudget } from './edit-distance.js';
import { finglishToPersian } from './finglish.js';
import { matchTokens, refineToChild } from './match-tokens.js';
import { compactKey } from './normalize.js';
import { splitCompound } from './split-compound.js';
import { isArabicScript, stemToken } from './stem-token.js';
import {
  type FormHit,
  isContentToken,
  namesNeed,
  prepareText,
  surfaceIndex,
} from './surface-index.js';

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

/**
 * Spans naming the most of the need first (words that name it, then all words: "مدیریت
 * پسماند بیمارستانی" is hospital waste, not waste management plus a hospital), exact before
 * stemmed, then left to right; no overlaps.
 */
function chooseSpans(spans: Span[], tokens: readonly string[]): Span[] {
  const naming = new Map<Span, number>();
  for (const s of spans) {
    let n = 0;
    for (let i = s.start; i <= s.end; i++) if (namesNeed(tokens[i] ?? '')) n++;
    naming.set(s, n);
  }
  const sorted = [...spans].sort(
    (a, b) =>
      naming.get(b)! - naming.get(a)! ||
      b.end - b.start - (a.end - a.start) ||
      Number(b.exact) - Number(a.exact) ||
      a.start - b.start,
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
    .filter(({ token, i }) => !covered.has(i) && namesNeed(token));
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

/**
 * Whether a word that names the need is left outside every span and is unknown to the
 * taxonomy, as written and as stemmed: the mark of a typo. A known word left over
 * ("ایمنی داده": data safety) is a real word, and the tag is not a misspelled form.
 */
function unknownWordLeft(
  tokens: readonly string[],
  stems: readonly string[],
  spans: readonly Span[],
): boolean {
  const index = surfaceIndex();
  return tokens.some(
    (token, i) =>
      namesNeed(token) &&
      !spans.some((s) => i >= s.start && i <= s.end) &&
      !index.words.has(token) &&
      !index.tokens.has(stems[i] ?? token),
  );
}

function fuzzyKey(key: string, written: string): SectorMatch[] {
  const index = surfaceIndex();
  const stemmed = index.fuzzyKeys.nearest(key, typoBudget(key.length));
  const fromStem = stemmed.keys.flatMap((k) => index.stem.get(k) ?? []);
  // a typo can change how a word stems ("uzatan" for "uzaktan", "النسية" for "النفسية"):
  // then the words as written are nearer to the form than their stems are
  const hits =
    fromStem.length > 0
      ? fromStem
      : index.fuzzyExactKeys
          .nearest(written, typoBudget(written.length))
          .keys.flatMap((k) => index.exact.get(k) ?? []);
  const sectors = new Set(hits.map((h) => h.sectorId));
  const hit = hits[0];
  if (sectors.size !== 1 || !hit) return [];
  return [{ sectorId: hit.sectorId, strength: 0.85, via: 'fuzzy', form: hit.form }];
}

/** A typo in the whole tag, then in what names the need (without "solutions", "platform"…). */
function fuzzyWhole(tokens: readonly string[], stems: readonly string[]): SectorMatch[] {
  const whole = fuzzyKey(compactKey(stems), compactKey(tokens));
  if (whole.length > 0) return whole;
  const naming = (_: string, i: number) => namesNeed(tokens[i] ?? '');
  const content = stems.filter(naming);
  return content.length < stems.length && content.length > 0
    ? fuzzyKey(compactKey(content), compactKey(tokens.filter(naming)))
    : [];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Maps one tag, as written, to canonical sectors. Never throws; an empty or meaningless tag
 * maps to nothing, an unknown one to a single free tag that only meets the same free tag.
 */
export function mapTag(tag: unknown): SectorMatch[] {
  const prepared = prepareText(tag);
  if (prepared.tokens.length === 0) return [];
  let tokens = colloquialPlurals(prepared.tokens);
  let stems = tokens === prepared.tokens ? prepared.stems : tokens.map(stemToken);
  let spans = chooseSpans(findSpans(tokens, stems), tokens);
  // a phrase that names only part of the tag may be the rest of it misspelled
  // ("building mateials", "çöp topama"): a typo in the whole tag outranks the partial phrase
  if (spans.length > 0 && unknownWordLeft(tokens, stems, spans)) {
    const fuzzy = fuzzyWhole(tokens, stems);
    if (fuzzy.length > 0) return fuzzy;
  }
  if (spans.length > 0) return fromSpans(tokens, stems, spans);
  const fuzzy = fuzzyWhole(tokens, stems);
  if (fuzzy.length > 0) return fuzzy;
  // words run together ("مدیریت‌بحران‌شهری", "smartparking"): split into known words
  const split = splitWords(tokens);
  if (split) {
    tokens = split;
    stems = split.map(stemToken);
    spans = chooseSpans(findSpans(tokens, stems), tokens);
    if (spans.length > 0) return fromSpans(tokens, stems, spans);
  }
  // Arabizi ("edaret el nefayat"): before word votes when the tag reads as Arabizi on its face
  // (the votes would take "el" for the Turkish "hand"), after them when it does not
  const marked = looksArabizi(prepared.tokens);
  const arabizi = marked ? matchArabizi(prepared.tokens) : null;
  if (arabizi) return [{ sectorId: arabizi, strength: 0.8, via: 'fuzzy' }];
  // a tag with Arabizi words that names nothing does not vote with them: "el" and
  // digit-spelled words only meet look-alikes
  const voting = hasArabiziDigits(tokens)
    ? tokens.flatMap((t, i) =>
        isArabiziFunctionWord(t) || (t.length >= 4 && hasArabiziDigits([t])) ? [] : [i],
      )
    : tokens.map((_, i) => i);
  const byToken = matchTokens(
    voting.map((i) => tokens[i] ?? ''),
    voting.map((i) => stems[i] ?? ''),
  );
  // Persian typed in Latin letters ("modiriat pasmand", "tejarat electronic"): its Persian
  // reading outranks word votes, which only caught stray likenesses of its words
  const finglish = readFinglish(prepared.tokens, byToken.length > 0);
  if (finglish.length > 0) return finglish;
  if (byToken.length > 0) return byToken;
  const unmarked = marked ? null : matchArabizi(prepared.tokens);
  if (unmarked) return [{ sectorId: unmarked, strength: 0.8, via: 'fuzzy' }];
  return [{ sectorId: `${FREE_PREFIX}${tokens.join(' ')}`, strength: 1, via: 'free' }];
}

/**
 * A Finglish tag mapped as its Persian reading, as a fuzzy match; [] when it reads as none
 * or only part of the reading meets a form ("hair salon": هاری سالن).
 * One Latin word meets some Persian word by chance (Turkish "tarih": طراحی), so a one-word
 * reading must be spelled exactly, meet a surface form exactly, and only place a tag that
 * nothing else placed; short words must not make up the reading (see finglish.ts).
 */
function readFinglish(tokens: readonly string[], placed: boolean): SectorMatch[] {
  const reading = finglishToPersian(tokens);
  if (reading === null || !reading.distinct) return [];
  const single = reading.words === 1;
  if (single && (placed || !reading.exact)) return [];
  const read = mapTag(reading.text);
  const met = (m: SectorMatch) => m.via === 'exact' || (!single && m.via === 'stem');
  if (!read.every(met)) return [];
  return read.map((m) => ({ ...m, strength: round(m.strength * 0.85), via: 'fuzzy' as const }));
}

/**
 * Spoken Persian plurals written as said, `-ا` / `-ای` for `-ها` / `-های` (ماشینای برقی,
 * آشغالا): an unknown word whose base is a known word ending in a consonant is that word.
 */
function colloquialPlurals(tokens: readonly string[]): readonly string[] {
  const index = surfaceIndex();
  let changed = false;
  const out = tokens.map((t) => {
    if (!isArabicScript(t) || index.words.has(t) || index.tokens.has(stemToken(t))) return t;
    const base = /^(.{3,}[^اوی])(ا|ای)$/.exec(t)?.[1];
    if (base === undefined || !index.words.has(base)) return t;
    changed = true;
    return base;
  });
  return changed ? out : tokens;
}

function splitWords(tokens: readonly string[]): string[] | null {
  const index = surfaceIndex();
  // a known word as written, or an inflected one (4+ letters) whose stem is known
  const vocabulary = {
    has: (w: string) => index.words.has(w) || (w.length >= 4 && index.tokens.has(stemToken(w))),
  };
  let changed = false;
  const out = tokens.flatMap((t) => {
    const parts = index.words.has(t) ? null : splitCompound(t, vocabulary);
    if (parts) changed = true;
    return parts ?? [t];
  });
  return changed ? out : null;
}

export function isFreeSector(sectorId: string): boolean {
  return sectorId.startsWith(FREE_PREFIX);
}
