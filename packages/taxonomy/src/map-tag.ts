import { hasArabiziDigits, isArabiziFunctionWord, looksArabizi, matchArabizi } from './arabizi.js';
import { typoBudget } from './edit-distance.js';
import { finglishToPersian } from './finglish.js';
import { matchTokens, refineToChild } from './match-tokens.js';
import { compactKey } from './normalize.js';
import { parentOf } from './sectors.js';
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
  listed = false,
): SectorMatch[] {
  const spanOf = new Map<string, Span>();
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
        spanOf.set(sectorId, span);
      }
    }
  }
  const matches = [...out.values()];
  const headLast = !listed && tokens.every((t) => !isArabicScript(t));
  return (headLast ? childrenFirst(matches, spanOf, tokens) : matches).slice(
    0,
    MAX_SECTORS_PER_TAG,
  );
}

/**
 * English and Turkish noun phrases end in their head: a tag that names an area and then one
 * of its children right after it ("household waste recycling centre", "katı atık düzenli
 * depolama") is about the child, which goes first when at least as strong. Not when a
 * preposition sits between ("localization of equipment": the head comes first), nor in a
 * list ("culture and arts", "Water and Sewer Authority": the area covers both), nor in
 * Persian/Arabic, whose heads come first.
 */
function childrenFirst(
  matches: SectorMatch[],
  spanOf: ReadonlyMap<string, Span>,
  tokens: readonly string[],
): SectorMatch[] {
  const out = [...matches];
  for (let j = 1; j < out.length; j++) {
    const kid = out[j]!;
    const parent = parentOf(kid.sectorId);
    const i = out.findIndex((m) => m.sectorId === parent);
    const before = parent === null ? undefined : spanOf.get(parent);
    const after = spanOf.get(kid.sectorId);
    const modifies =
      before !== undefined &&
      after !== undefined &&
      before.end < after.start &&
      tokens.slice(before.end + 1, after.start).every(isContentToken);
    if (i >= 0 && i < j && modifies && kid.strength >= out[i]!.strength) {
      out.splice(j, 1);
      out.splice(i, 0, kid);
    }
  }
  return out;
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

/** A tag that lists things ("culture and arts", "parks & gardens", "su/kanalizasyon"). */
const LISTED = /(^|[^\p{L}])(and|ve|ile|or|veya|und|et)([^\p{L}]|$)|[&+,/;]/iu;

/**
 * Maps one tag, as written, to canonical sectors. Never throws; an empty or meaningless tag
 * maps to nothing, an unknown one to a single free tag that only meets the same free tag.
 */

export function mapTag(tag: unknown): SectorMatch[] {
  const prepared = prepareText(tag);
  const listed = typeof tag === 'string' && LISTED.test(tag);
  if (prepared.tokens.length === 0) return [];
  // only function words and place names ("الرياض", "of the"): nothing to match, and a typo
  // lookup would take the city for a need word it resembles (الرياض: الرياضة)
  if (!prepared.tokens.some(isContentToken)) return [freeTag(prepared.tokens)];
  const tokens = colloquialPlurals(prepared.tokens);
  const stems = tokens === prepared.tokens ? prepared.stems : tokens.map(stemToken);
  const spans = chooseSpans(findSpans(tokens, stems), tokens);
  // a phrase that names only part of the tag may be the rest of it misspelled
  // ("building mateials", "çöp topama"): a typo in the whole tag outranks the partial phrase
  if (spans.length > 0 && unknownWordLeft(tokens, stems, spans)) {
    const fuzzy = fuzzyWhole(tokens, stems);
    if (fuzzy.length > 0) return fuzzy;
  }
  if (spans.length > 0) return fromSpans(tokens, stems, spans, listed);
  // one known word is that word, not a misspelled form: "المخالفات" (violations) is one
  // letter from "المخلفات" (waste) and must not meet it. Several known words still may be
  // an inflected form ("بنك الطعام": بنوك الطعام)
  const fuzzy = oneKnownWord(tokens, stems) ? [] : fuzzyWhole(tokens, stems);
  if (fuzzy.length > 0) return fuzzy;
  // words run together ("مدیریت‌بحران‌شهری", "smartparking"): split into known words
  // (a split that names nothing is dropped: its pieces, "baskanligi" → "bask anligi", would
  // only cast stray votes and garble the free tag)
  const split = splitWords(tokens);
  if (split) {
    const splitStems = split.map(stemToken);
    const splitSpans = chooseSpans(findSpans(split, splitStems), split);
    if (splitSpans.length > 0) return fromSpans(split, splitStems, splitSpans, listed);
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
  return [freeTag(tokens)];
}

function freeTag(tokens: readonly string[]): SectorMatch {
  return { sectorId: `${FREE_PREFIX}${tokens.join(' ')}`, strength: 1, via: 'free' };
}

/** The tag names its need with one word, and that word is a word of some form (or its stem). */
function oneKnownWord(tokens: readonly string[], stems: readonly string[]): boolean {
  const index = surfaceIndex();
  const naming = tokens.flatMap((t, i) => (namesNeed(t) ? [i] : []));
  const i = naming[0];
  return (
    naming.length === 1 &&
    i !== undefined &&
    (index.words.has(tokens[i] ?? '') || index.tokens.has(stems[i] ?? ''))
  );
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
