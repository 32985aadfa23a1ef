/**
 * Light, language-agnostic stemming of one NORMALIZED token (see normalize.ts), applied the
 * same way to taxonomy surface forms and to incoming tags, so over-stemming only costs
 * precision when two real words collide. Latin tokens get Turkish suffix stripping (English
 * plurals are already folded by normalization); Arabic-script tokens get the Arabic article
 * and conjunction prefixes and Persian/Arabic plural, ezafe and nisba suffixes removed.
 */

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

const LATIN_SUFFIXES = ['lerinin', 'larinin', 'lerini', 'larini', 'leri', 'lari', 'ler', 'lar'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const SOFTENING: Record<string, string> = { g: 'k', b: 'p', d: 't' };

function stripLatinOnce(token: string): string {
  for (const suffix of LATIN_SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 3) {
      return token.slice(0, -suffix.length);
    }
  }
  // -si/-su (possessive after a vowel): enerjisi → enerji, aydinlatmasi → aydinlatma
  if (/[aeiou]s[iu]$/.test(token) && token.length >= 6) return token.slice(0, -2);
  // -i/-u (possessive/accusative after a consonant): yonetimi → yonetim, sokagi → sokak
  const last = token[token.length - 1];
  const before = token[token.length - 2];
  if ((last === 'i' || last === 'u') && before && !VOWELS.has(before) && token.length >= 5) {
    const stem = token.slice(0, -1);
    const soft = SOFTENING[before];
    return soft ? stem.slice(0, -1) + soft : stem;
  }
  return token;
}

const AR_PREFIXES = ['وال', 'بال', 'فال', 'کال', 'لل', 'ال'];
// [suffix, minimum length of what remains]
const AR_SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['هایی', 2],
  ['های', 2],
  ['ها', 2],
  ['یان', 3],
  ['ان', 4],
  ['ات', 3],
  ['ین', 4],
  ['ون', 4],
  ['ه', 3],
  ['ی', 3],
];

function stripArabicPrefix(token: string): string {
  for (const prefix of AR_PREFIXES) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) {
      return token.slice(prefix.length);
    }
  }
  return token;
}

function stripArabicSuffixOnce(token: string): string {
  for (const [suffix, min] of AR_SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= min) {
      return token.slice(0, -suffix.length);
    }
  }
  return token;
}

/** Stem of one normalized token (at most two suffix passes). */
export function stemToken(token: string): string {
  if (token.length <= 2) return token;
  if (ARABIC_SCRIPT.test(token)) {
    let t = stripArabicPrefix(token);
    t = stripArabicSuffixOnce(t);
    return stripArabicSuffixOnce(t);
  }
  if (!/^[a-z]+$/.test(token)) return token;
  return stripLatinOnce(stripLatinOnce(token));
}

/** Persian suffixes sometimes written as separate words: `سنسور ها`, `رایانه ای`. */
const DETACHED_SUFFIXES = new Set(['ها', 'های', 'هایی', 'ای', 'ی', 'یی']);

/** Glues detached Persian suffix tokens to the word before them. */
export function attachSuffixTokens(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const prev = out.length - 1;
    if (DETACHED_SUFFIXES.has(t) && prev >= 0 && ARABIC_SCRIPT.test(out[prev] ?? '')) {
      out[prev] = `${out[prev]}${t}`;
    } else {
      out.push(t);
    }
  }
  return out;
}

export function isArabicScript(token: string): boolean {
  return ARABIC_SCRIPT.test(token);
}
