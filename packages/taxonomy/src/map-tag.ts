import { hasArabiziDigits, isArabiziFunctionWord, looksArabizi, matchArabizi } from './arabizi.js';
import { typoBudget } from './edit-distance.js';
import { finglishToPersian } from './finglish.js';
import { matchTokens, refineToChild } from './match-tokens.js';
import { compactKey, normalizeTokens } from './normalize.js';
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
  // a form made only of qualifying words (المراقبة: surveillance, but also just "monitoring")
  // does not vote beside words that name the need: "مراقبة غاز المكبات" is about landfills
  return taken.some((s) => naming.get(s)! > 0) ? taken.filter((s) => naming.get(s)! > 0) : taken;
}

function fromSpans(
  tokens: readonly string[],
  stems: readonly string[],
  spans: Span[],
  listed = false,
  separated = false,
): SectorMatch[] {
  const spanOf = new Map<string, Span>();
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.start; i <= s.end; i++) covered.add(i);
  const leftover = tokens
    .map((token, i) => ({ token, stem: stems[i] ?? token, i }))
    .filter(({ token, i }) => !covered.has(i) && namesNeed(token));
  const whole = leftover.length === 0;
  // an area whose child another span names is not refined by the words left over: in
  // "تحويل المخلفات إلى سماد" the compost names the child, not "تحويل" (as in waste-to-energy)
  const named = new Set(spans.flatMap((s) => s.hits.map((h) => parentOf(h.sectorId))));
  const out = new Map<string, SectorMatch>();
  // needs set apart by punctuation come in the order written ("Ulaşım; Trafik", "النقل، المرور");
  // a spelled-out "and" may join one name ("Sürdürülebilir Enerji ve İklim Eylem Planı")
  const inOrder = separated ? [...spans].sort((a, b) => a.start - b.start) : spans;
  for (const span of inOrder) {
    const base = whole ? (span.exact ? 1 : 0.95) : Math.max(0.6, 0.9 - 0.1 * leftover.length);
    const ambiguity = span.hits.length > 1 ? 0.8 : 1;
    const via: MatchVia = whole ? (span.exact ? 'exact' : 'stem') : 'phrase';
    for (const hit of span.hits) {
      const refined =
        whole || named.has(hit.sectorId) ? null : refineToChild(hit.sectorId, leftover);
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
  const ordered = headLast
    ? childrenFirst(matches, spanOf, tokens)
    : listed
      ? matches
      : childAfterParent(matches, spanOf);
  return needBeforeTool(ordered).slice(0, MAX_SECTORS_PER_TAG);
}

/**
 * Sectors that name how a need is met rather than the need: sensors and drones, data and AI,
 * robots and 3D printing. A startup that writes "seismic sensor network", "چاپ سه بعدی
 * قطعات یدکی" or "درون رش المبيدات" serves the need it names (earthquakes, spare parts,
 * farming), so the tool goes after it; a tag naming only tools, or a tool and only a broad
 * area ("العدادات الذكية للمياه"), keeps it first.
 */
const TOOL_SECTORS: ReadonlySet<string> = new Set([
  'smart.iot',
  'smart.data',
  'manufacturing.industry',
]);
/**
 * Forms of need sectors that are tools too: predictive maintenance cuts costs and a chatbot
 * is an e-service, but "predictive maintenance for buses" is about the buses and
 * "روبوت محادثة لشكاوى المواطنين" about complaints.
 */
const TOOL_FORMS: ReadonlySet<string> = new Set(
  [
    'predictive maintenance | kestirimci bakım | نگهداری پیشگویانه | الصيانة التنبؤية',
    'chatbot | chat bot | citizen chatbot | virtual assistant | sohbet robotu | sohbet botu',
    'sanal asistan | dijital asistan | چت بات | ربات گفتگو | ربات پاسخگو | دستیار مجازی',
    'دستیار هوشمند | روبوت الدردشة | روبوتات الدردشة | روبوت محادثة | المساعد الافتراضي',
    'المساعد الذكي',
  ].flatMap((line) => line.split('|').map((f) => compactKey(normalizeTokens(f)))),
);
/** A need named a little more loosely than the tool (stemmed vs exact) still goes first. */
const TOOL_MARGIN = 0.1;

function isTool(m: SectorMatch): boolean {
  return (
    TOOL_SECTORS.has(m.sectorId) ||
    (m.form !== undefined && TOOL_FORMS.has(compactKey(normalizeTokens(m.form))))
  );
}

function needBeforeTool(matches: SectorMatch[]): SectorMatch[] {
  // a broad area must be named at least as firmly as the tool: "العدادات الذكية للمياه"
  // (smart meters, stemmed "water") stays IoT
  const firmness = (m: SectorMatch) =>
    parentOf(m.sectorId) === null ? m.strength : m.strength + TOOL_MARGIN;
  const needs = matches.filter((m) => !isTool(m));
  if (needs.length === 0) return matches;
  const best = Math.max(...needs.map(firmness));
  const yielding = (m: SectorMatch) => isTool(m) && best >= m.strength;
  return [...matches.filter((m) => !yielding(m)), ...matches.filter(yielding)];
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
  return childBeforeParentWhen(
    matches,
    spanOf,
    (kid, parent, before, after) =>
      before.end < after.start &&
      tokens.slice(before.end + 1, after.start).every(isContentToken) &&
      kid.strength >= parent.strength,
  );
}

/**
 * `matches` with each child moved before its parent where `goesFirst` says so, given both
 * matches and the spans that named them (the parent listed before the child).
 */
function childBeforeParentWhen(
  matches: SectorMatch[],
  spanOf: ReadonlyMap<string, Span>,
  goesFirst: (kid: SectorMatch, parent: SectorMatch, before: Span, after: Span) => boolean,
): SectorMatch[] {
  const out = [...matches];
  for (let j = 1; j < out.length; j++) {
    const kid = out[j]!;
    const parentId = parentOf(kid.sectorId);
    const i = out.findIndex((m) => m.sectorId === parentId);
    const before = parentId === null ? undefined : spanOf.get(parentId);
    const after = spanOf.get(kid.sectorId);
    if (i >= 0 && i < j && before && after && goesFirst(kid, out[i]!, before, after)) {
      out.splice(j, 1);
      out.splice(i, 0, kid);
    }
  }
  return out;
}

/**
 * Persian and Arabic put the head first, and a need is often named as its area and then the
 * part of it meant ("سامانه هشدار سریع سیلاب": early warning, for floods; "سیستم مدیریت
 * هوشمند ساختمان BMS"): a child named after its area, at least as strongly, goes first.
 * Not in manufacturing, whose area names the making and whose children what is made:
 * "بومی‌سازی تجهیزات", "تصنيع محلي للمعدات" is localization, of equipment.
 * A child named first is the head itself ("مطامر النفايات", "محارق النفايات": landfills,
 * incinerators, of waste) and goes first even when met only stemmed: the head of a construct
 * drops the article its form was listed with (المطامر), so it can only be met stemmed.
 */
const HEAD_STEM_MARGIN = 0.05;

const MAKING_AREAS: ReadonlySet<string> = new Set(['manufacturing']);

function childAfterParent(
  matches: SectorMatch[],
  spanOf: ReadonlyMap<string, Span>,
): SectorMatch[] {
  return childBeforeParentWhen(
    matches,
    spanOf,
    (kid, parent, before, after) =>
      !MAKING_AREAS.has(parent.sectorId) &&
      ((before.end < after.start && kid.strength >= parent.strength) ||
        (after.end < before.start && kid.strength + HEAD_STEM_MARGIN >= parent.strength)),
  );
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

/** Needs set apart by punctuation ("Ulaşım; Trafik", "energy/water", "پارک - روشنایی"). */
const SEPARATED = /[,/;|،؛]|\s[-–]\s/u;
/** A tag that lists things: set apart, or joined ("culture and arts", "parks & gardens"). */
const LISTED = new RegExp(
  String.raw`(^|[^\p{L}])(and|ve|ile|or|veya|und|et)([^\p{L}]|$)|[&+]|${SEPARATED.source}`,
  'iu',
);

/**
 * Maps one tag, as written, to canonical sectors. Never throws; an empty or meaningless tag
 * maps to nothing, an unknown one to a single free tag that only meets the same free tag.
 */

export function mapTag(tag: unknown): SectorMatch[] {
  const prepared = prepareText(tag);
  const listed = typeof tag === 'string' && LISTED.test(tag);
  const separated = typeof tag === 'string' && SEPARATED.test(tag);
  if (prepared.tokens.length === 0) return [];
  // only function words and place names ("الرياض", "of the"): nothing to match, and a typo
  // lookup would take the city for a need word it resembles (الرياض: الرياضة)
  if (!prepared.tokens.some(isContentToken)) return [freeTag(prepared.tokens)];
  const tokens = rereadUnknown(prepared.tokens);
  const stems = tokens === prepared.tokens ? prepared.stems : tokens.map(stemToken);
  const spans = chooseSpans(findSpans(tokens, stems), tokens);
  // a phrase that names only part of the tag may be the rest of it misspelled
  // ("building mateials", "çöp topama"): a typo in the whole tag outranks the partial phrase
  if (spans.length > 0 && unknownWordLeft(tokens, stems, spans)) {
    const fuzzy = fuzzyWhole(tokens, stems);
    if (fuzzy.length > 0) return fuzzy;
  }
  if (spans.length > 0) return fromSpans(tokens, stems, spans, listed, separated);
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
    if (splitSpans.length > 0) return fromSpans(split, splitStems, splitSpans, listed, separated);
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
 * Unknown Persian or Arabic words read as a known word they are a form of, in one pass:
 * - spoken Persian plurals written as said, `-ا` / `-ای` for `-ها` / `-های` (ماشینای برقی,
 *   آشغالا): the base, when it is a known word ending in a consonant;
 * - the bare Arabic ل ("for") glued to an indefinite noun (لقطع الغيار, لشكاوى المواطنين,
 *   لأغراض): the word without it, when known. stem-token.ts only cuts ل before مـ/تـ, as it
 *   cannot tell a prefix from a root ل without knowing the word.
 */
function rereadUnknown(tokens: readonly string[]): readonly string[] {
  const index = surfaceIndex();
  const known = (w: string) => index.words.has(w) || index.tokens.has(stemToken(w));
  const reread = (t: string): string | undefined => {
    if (!isArabicScript(t) || known(t)) return undefined;
    const base = /^(.{3,}[^اوی])(ا|ای)$/.exec(t)?.[1];
    if (base !== undefined && index.words.has(base)) return base;
    if (t.startsWith('ل') && t.length >= 4 && known(t.slice(1))) return t.slice(1);
    return undefined;
  };
  let changed = false;
  const out = tokens.map((t) => {
    const word = reread(t);
    if (word === undefined) return t;
    changed = true;
    return word;
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
