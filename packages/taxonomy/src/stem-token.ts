/**
 * Light, language-agnostic stemming of one NORMALIZED token (see normalize.ts), applied the
 * same way to taxonomy surface forms and to incoming tags, so over-stemming only costs
 * precision when two real words collide. Latin tokens get Turkish suffix stripping (English
 * plurals are already folded by normalization): plural, possessive and case endings, repeated
 * until none is left. Turkish letters are already folded to ASCII here, so a token cannot be
 * told Turkish by its letters; instead every case ending must obey Turkish sound rules
 * (vowel harmony as far as folding keeps it, -da after voiced / -ta after voiceless sounds,
 * buffer y/n) and leave 4+ letters, which keeps English words (waste, agenda, domain) whole.
 * Arabic-script tokens get the Arabic article, conjunction and bare ل prefixes and
 * Persian/Arabic plural, ezafe and nisba suffixes removed.
 */

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

const LATIN_SUFFIXES = ['lerinin', 'larinin', 'lerini', 'larini', 'leri', 'lari', 'ler', 'lar'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const SOFTENING: Record<string, string> = { g: 'k', b: 'p', d: 't' };
/** Voiceless consonants after ASCII folding (`c` may be ç, `s` may be ş). */
const VOICELESS = new Set(['c', 'f', 'h', 'k', 'p', 's', 't']);

/**
 * What must end the word before a Turkish case ending: a vowel (buffer `y`), a consonant,
 * a voiced or voiceless sound (`-da` / `-ta`), or a possessive (pronominal `n`).
 */
type Before = 'vowel' | 'consonant' | 'voiced' | 'voiceless' | 'possessive';

/** Locative, ablative, genitive and dative endings (longest first); -lar/-ler come after. */
const CASE_ENDINGS: ReadonlyArray<readonly [string, Before]> = [
  ['daki', 'voiced'],
  ['deki', 'voiced'],
  ['taki', 'voiceless'],
  ['teki', 'voiceless'],
  ['ndan', 'possessive'],
  ['nden', 'possessive'],
  ['dan', 'voiced'],
  ['den', 'voiced'],
  ['tan', 'voiceless'],
  ['ten', 'voiceless'],
  ['nda', 'possessive'],
  ['nde', 'possessive'],
  ['nin', 'possessive'],
  ['imiz', 'consonant'],
  ['umuz', 'consonant'],
  ['miz', 'vowel'],
  ['muz', 'vowel'],
  ['da', 'voiced'],
  ['de', 'voiced'],
  ['ta', 'voiceless'],
  ['te', 'voiceless'],
  ['na', 'possessive'],
  ['ne', 'possessive'],
  ['ya', 'vowel'],
  ['ye', 'vowel'],
  ['in', 'consonant'],
  ['un', 'consonant'],
  ['a', 'consonant'],
  ['e', 'consonant'],
];

function lastVowel(stem: string): string | undefined {
  for (let i = stem.length - 1; i >= 0; i--) if (VOWELS.has(stem[i] ?? '')) return stem[i];
  return undefined;
}

/** Vowel harmony as far as folding keeps it: `a` is back, `e` front; folded i/o/u are both. */
function harmonizes(stem: string, suffix: string): boolean {
  const v = lastVowel(stem);
  const s = [...suffix].find((c) => VOWELS.has(c));
  if (v === undefined) return false;
  if (s === 'a') return v !== 'e';
  if (s === 'e') return v !== 'a';
  if (s === 'u') return v === 'o' || v === 'u';
  return v !== 'o' && v !== 'u';
}

function fitsBefore(stem: string, before: Before): boolean {
  const end = stem[stem.length - 1] ?? '';
  const vowel = VOWELS.has(end);
  if (before === 'vowel') return vowel;
  if (before === 'consonant') return !vowel;
  if (before === 'voiced') return vowel || !VOICELESS.has(end) || end === 'c';
  if (before === 'voiceless') return VOICELESS.has(end);
  // pronominal n after a possessive (-i, -si) or a vowel-final word (belediye, toplama);
  // a short word's possessive too (gazından → gazı, suyundan → suyu), not a bare -a (ormanın)
  return (stem.length >= 5 && /([eiu]|ma)$/.test(stem)) || /^[a-z]{2}[^aeiou][iu]$/.test(stem);
}

/** One Turkish case ending off, keeping 4+ letters; a consonant softened before a vowel. */
function stripCase(token: string): string {
  for (const [suffix, before] of CASE_ENDINGS) {
    if (!token.endsWith(suffix)) continue;
    const stem = token.slice(0, -suffix.length);
    if (stem.length < 4 || !fitsBefore(stem, before) || !harmonizes(stem, suffix)) continue;
    // -ma/-me verbal nouns keep their vowel: sulama, isitma (heating) ≠ isitme (hearing)
    if (suffix.length === 1 && stem.endsWith('m')) continue;
    const soft = before === 'consonant' && VOWELS.has(suffix[0] ?? '');
    const last = stem[stem.length - 1] ?? '';
    return soft && SOFTENING[last] ? stem.slice(0, -1) + SOFTENING[last] : stem;
  }
  return token;
}

function stripLatinOnce(token: string): string {
  for (const suffix of LATIN_SUFFIXES) {
    if (token.endsWith(suffix) && token.length - suffix.length >= 3) {
      return token.slice(0, -suffix.length);
    }
  }
  const uncased = stripCase(token);
  if (uncased !== token) return uncased;
  // infinitive to the verbal noun the forms use: toplamak → toplama, azaltmak → azaltma,
  // "çöpleri toplamak" meets "çöp toplama" (7+ letters: kaymak, ekmek, yemek stay nouns)
  if (/[^aeiou][ae]?m[ae]k$/.test(token) && token.length >= 7) return token.slice(0, -1);
  // passive verbal noun to the active one: sulanma → sulama, ayristirilma → ayristirma
  const passive = /([aeiou])n(m[ae])$|([^aeiou])[iu]l(m[ae])$/.exec(token);
  if (passive && passive.index >= 3) {
    return token.slice(0, passive.index) + (passive[1] ?? passive[3]) + (passive[2] ?? passive[4]);
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

/** Suffixes off until none is left (a few at most), so every inflection meets its base. */
function stemLatin(token: string): string {
  let t = token;
  for (let pass = 0; pass < 6; pass++) {
    const next = stripLatinOnce(t);
    if (next === t) break;
    t = next;
  }
  return t;
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
  ['یی', 3],
  ['ی', 3],
];

/** Article off once more when the word itself begins with ال as normalized (إلكتروني, ألياف). */
function stripInnerArticle(token: string): string {
  return token.startsWith('ال') && token.length - 2 >= 3 ? token.slice(2) : token;
}

function stripArabicPrefix(token: string): string {
  for (const prefix of AR_PREFIXES) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) {
      // hamza folding makes أ/إ/آ-initial words start like an article: الإلكترونية →
      // الالکترونیه keeps one ال after the first cut, إلكترونية → الکترونیه loses its own;
      // cutting a second ال lets the definite and the indefinite word meet
      return stripInnerArticle(token.slice(prefix.length));
    }
  }
  // bare ل (for) before an indefinite مـ/تـ noun: لمواقف → مواقف, لتحسين → تحسين
  if (/^ل[مت]/.test(token) && token.length >= 5) return token.slice(1);
  return token;
}

function stripArabicSuffixOnce(token: string): string {
  // the sound masculine plural of a three-letter stem is too short to cut: its nominative
  // -ون is written as the oblique -ین so both cases meet (المسنون = المسنين)
  if (token.endsWith('ون') && token.length === 5) return `${token.slice(0, -2)}ین`;
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
  return stemLatin(token);
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
