/**
 * Tag normalization shared by indexing and querying (one policy, applied identically):
 * - Unicode NFKC, then diacritics removed (Latin accents, Arabic harakat, hamza/madda marks);
 * - Persian/Arabic letter forms unified: ي ى ئ → ی, ك → ک, أ إ آ ٱ → ا, ة ۀ → ه, ؤ → و, ء dropped;
 * - ZWNJ and other invisible joiners are REMOVED (the two halves join: حمل‌ونقل → حملونقل);
 *   spacing variants are met by `compactKey` (spaces dropped), so `حمل و نقل` meets too;
 * - tatweel removed; Persian and Arabic-Indic digits → ASCII;
 * - Turkish-aware case folding (İ → i, I → i/ı) then ASCII folding of Turkish letters
 *   (ç ğ ı ö ş ü → c g i o s u), so `İSTANBUL`, `Istanbul` and `istanbul` all meet;
 * - punctuation, hyphens, slashes, emoji and symbols become spaces; `&`, `+`, `and`, `ve`
 *   are dropped (the Persian/Arabic `و` is kept as a token: it is part of compounds), except
 *   in one-letter abbreviations: `R&D`, `A & E` → `rd`, `ae`;
 * - English plurals folded to the singular (conservatively, ASCII tokens of 4+ letters);
 *   British `-isation` folded to `-ization`.
 * Input longer than MAX_TAG_INPUT characters is cut first; the output is capped too.
 */

export const MAX_TAG_INPUT = 256;
export const MAX_TOKENS = 16;

/** Symbols and currency signs (emoji, ™, ®, ₺): dropped BEFORE NFKC, which would spell ™ "TM". */
const SYMBOLS = /[\p{So}\p{Sc}]/gu;
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const MARKS = /\p{M}/gu;
const APOSTROPHE_SUFFIX = /['’ʼ‘`´]\p{L}*/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const CONJUNCTIONS = new Set(['and', 've', 'und', 'et', 'ile']);
/** One letter, `&`, one letter (R&D, A&E, O&M): an abbreviation, kept as one token `rd`. */
const LETTER_AMP_LETTER = /(?<![\p{L}\p{N}])(\p{L}) ?& ?(\p{L})(?![\p{L}\p{N}])/gu;

/**
 * A list number pasted with the tag ("1. Atık", "2) Toplu Taşıma", "١- النقل العام"): not a
 * word of it. One or two digits, a separator, then a space; "4.0", "5G", "112" stay.
 */
const ENUMERATION = /^\s*\d{1,2}\s*[.):\-–]\s+/u;

const CHAR_MAP: Record<string, string> = {
  ı: 'i',
  ي: 'ی',
  ى: 'ی',
  ې: 'ی',
  ك: 'ک',
  ڪ: 'ک',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ۃ: 'ه',
  ھ: 'ه',
  ؤ: 'و',
  ء: '',
  ـ: '',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'gu');
const DIGIT_RE = /[\u0660-\u0669\u06f0-\u06f9]/g;

const PLURAL_EXCEPTIONS: Record<string, string> = {
  buses: 'bus',
  gases: 'gas',
  analyses: 'analysis',
  crises: 'crisis',
  indices: 'index',
  series: 'series',
  species: 'species',
  news: 'news',
  children: 'child',
  people: 'people',
  // -aas acronyms are not plurals: SaaS, PaaS, MaaS (mobility as a service)
  saas: 'saas',
  paas: 'paas',
  maas: 'maas',
};

function foldEnglishPlural(token: string): string {
  const exception = PLURAL_EXCEPTIONS[token];
  if (exception) return exception;
  if (token.length < 4 || !/^[a-z]+$/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** British -isation spelled the American way ("optimisation", "digitalisation"): one form. */
function foldBritishIsation(token: string): string {
  return /^[a-z]{3,}isation$/.test(token) ? `${token.slice(0, -7)}ization` : token;
}

function cut(input: string): string {
  if (input.length <= MAX_TAG_INPUT) return input;
  const head = input.slice(0, MAX_TAG_INPUT);
  // never leave half of a surrogate pair behind
  return /[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head;
}

/** Normalized tokens of a tag (empty when nothing meaningful is left). */
export function normalizeTokens(input: unknown): string[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  let s = cut(input).replace(SYMBOLS, ' ').normalize('NFKC');
  s = s.replace(/İ/g, 'i').toLowerCase();
  s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
  s = s.replace(INVISIBLE, '');
  s = s.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c);
  s = s.replace(DIGIT_RE, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  s = s.replace(ENUMERATION, '');
  s = s.replace(APOSTROPHE_SUFFIX, '');
  s = s.replace(LETTER_AMP_LETTER, '$1$2');
  const tokens: string[] = [];
  for (const raw of s.split(NOT_WORD)) {
    if (raw.length === 0 || CONJUNCTIONS.has(raw)) continue;
    tokens.push(foldBritishIsation(foldEnglishPlural(raw)));
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}

/** The normalized form of a tag: tokens joined by one space ('' when nothing is left). */
export function normalizeTag(input: unknown): string {
  return normalizeTokens(input).join(' ');
}

/** Spacing-insensitive key: `حمل و نقل`, `حمل‌ونقل`, `حملونقل` and `e-government`/`egovernment` meet. */
export function compactKey(tokens: readonly string[]): string {
  return tokens.join('');
}
