import { normalizeTokens } from './normalize.js';
import { surfaceForms } from './sectors.js';
import { isStopword } from './token-classes.js';

/**
 * Arabizi: Arabic typed in Latin letters, with digits for the sounds Latin lacks
 * ("edaret el nefayat", "el ta2a el shamseya", "7aweyat zakeya"). Vowels are spelled
 * differently by every writer and Arabic leaves short vowels unwritten, so both sides are
 * reduced to a consonant skeleton: vowels and the weak letters ا و ی / a e i o u w y
 * dropped, letters one Latin spelling stands for merged (ذ ز ظ → z, س ص → s, ت ط ث → t,
 * ج غ → g, ق ک → k, ح ه → h), the article cut, and a final ta marbuta or -at/-et ending cut
 * (construct "edaret" = اداره, plural "sayarat" = سیارات). A writer who types 3 for ع and 7
 * for ح types them every time, so such a tag is read against skeletons that keep ع and ح
 * apart ("zera3a" زراعه is not "ziyara" زیاره). A skeleton is far coarser than a word, so it
 * is only tried on all-Latin tags no surface form matched, and must name one sector.
 */

/** Arabic letters as normalized (normalize.ts) → skeleton letter; absent letters drop. */
const AR_SKELETON: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ط: 't',
  ث: 't',
  ج: 'g',
  چ: 'c',
  ح: 'h',
  ه: 'h',
  خ: 'x',
  د: 'd',
  ض: 'd',
  ذ: 'z',
  ز: 'z',
  ظ: 'z',
  ژ: 'z',
  ر: 'r',
  س: 's',
  ص: 's',
  ش: 'c',
  غ: 'g',
  گ: 'g',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
};
const AR_VOWELS = new Set(['ا', 'و', 'ی']);
const AR_ARTICLE = /^(وال|بال|فال|کال|لل|ال)/;

/** Arabizi digits: 2 hamza (or Egyptian ق: an optional k), 3 ع, 5 خ, 6 ط, 7 ح, 8 غ, 9 ص. */
const DIGITS: Record<string, string> = {
  '2': 'Q',
  '3': '3',
  '5': 'X',
  '6': 't',
  '7': '7',
  '8': 'g',
  '9': 's',
};
const LATIN: Record<string, string> = { c: 'k', q: 'k', j: 'g', p: 'b', v: 'f', x: 'ks' };
const LATIN_VOWELS = /[aeiouyw]/;
const ARTICLES = new Set(['el', 'al', 'il']);
/** Separate article, conjunction and preposition words ("el", "w", "fel"). */
const LATIN_FUNCTION = new Set([
  ...['el', 'al', 'il', 'l', 'w', 'wa', 'we', 'wi', 'wel', 'wil', 'fe', 'fi', 'fel', 'fil'],
  ...['lel', 'lil', 'bel', 'bil', '3an', '3ala', 'ala', 'min', 'men', 'ma3'],
]);
/** A letter next to an Arabizi digit: "ta2a", "3am", "se7a" (never Turkish or English). */
const DIGIT_IN_WORD = /[a-z][235-9]|[235-9][a-z]/;

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** `precise`: ع and ح kept apart (as 3 and 7), for writers who type those digits. */
function arabicSkeleton(token: string, precise: boolean): string {
  let t = token;
  if (AR_ARTICLE.test(t) && t.replace(AR_ARTICLE, '').length >= 2) t = t.replace(AR_ARTICLE, '');
  // hamza-initial words start like the article once folded: الکترونی (إلكتروني)
  if (t.startsWith('ال') && t.length >= 5) t = t.slice(2);
  if (t.endsWith('ه') && t.length >= 3) t = t.slice(0, -1);
  if (t.length >= 3 && t.endsWith('ت') && AR_VOWELS.has(t[t.length - 2] ?? '')) t = t.slice(0, -1);
  let out = '';
  for (const c of t) {
    if (AR_VOWELS.has(c)) continue;
    if (precise && (c === 'ع' || c === 'ح')) out += c === 'ع' ? '3' : '7';
    else out += AR_SKELETON[c] ?? '';
  }
  return collapse(out);
}

/** Letters one Arabizi spelling leaves open: 2 (hamza, or Egyptian ق), th (ث or ذ), a final -t. */
const OPEN: Record<string, readonly string[]> = { Q: ['', 'k'], T: ['t', 'z'], O: ['', 't'] };

/** Skeletons of one Arabizi word, one for each reading of its open letters. */
function latinSkeletons(token: string): string[] {
  let t = token;
  if (/^(el|al|il)/.test(t) && t.length >= 5) t = t.slice(2);
  t = t.replace(/sh|ch/g, 'C').replace(/kh/g, 'X').replace(/gh/g, 'g').replace(/th/g, 'T');
  t = t.replace(/dh/g, 'z');
  if (/[aeiou]h$/.test(t)) t = t.slice(0, -1);
  // -at/-et: a ta marbuta before a noun ("edaret" اداره) or a real t ("tan2eet" تنقیط)
  if (/[aeiou]t$/.test(t)) t = `${t.slice(0, -1)}O`;
  let out = '';
  for (const c of t) {
    if (LATIN_VOWELS.test(c)) continue;
    out += DIGITS[c] ?? LATIN[c] ?? c;
  }
  let variants = [collapse(out.replace(/C/g, 'c').replace(/X/g, 'x'))];
  for (const [open, readings] of Object.entries(OPEN)) {
    variants = variants.flatMap((v) =>
      v.includes(open) ? readings.map((r) => v.replaceAll(open, r)) : [v],
    );
  }
  return [...new Set(variants.map(collapse))].slice(0, 8);
}

type SkeletonIndex = Map<string, Set<string>>;
let indexes: { loose: SkeletonIndex; precise: SkeletonIndex } | undefined;

/** Skeleton key of every Arabic surface form → the sectors it names. */
function arabiziIndexes(): { loose: SkeletonIndex; precise: SkeletonIndex } {
  if (indexes) return indexes;
  indexes = { loose: new Map(), precise: new Map() };
  for (const f of surfaceForms()) {
    if (f.lang !== 'ar') continue;
    const words = normalizeTokens(f.form).filter((t) => t !== 'و' && !isStopword(t));
    for (const precise of [false, true]) {
      const key = words.map((w) => arabicSkeleton(w, precise)).join('');
      if (key.length < 2) continue;
      const index = precise ? indexes.precise : indexes.loose;
      const set = index.get(key) ?? new Set<string>();
      set.add(f.sectorId);
      index.set(key, set);
    }
  }
  return indexes;
}

/** Whether a tag has a word only Arabizi writes (3+ characters: "3d" and "5g" are not). */
export function hasArabiziDigits(tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length >= 3 && DIGIT_IN_WORD.test(t));
}

/** Whether a Latin tag reads as Arabizi on its face: a digit-spelled word or the article. */
export function looksArabizi(tokens: readonly string[]): boolean {
  return hasArabiziDigits(tokens) || tokens.some((t) => ARTICLES.has(t));
}

export function isArabiziFunctionWord(token: string): boolean {
  return LATIN_FUNCTION.has(token);
}

/** The one sector an all-Latin Arabizi tag names, or null. */
export function matchArabizi(tokens: readonly string[]): string | null {
  if (tokens.length === 0 || !tokens.every((t) => /^[a-z0-9]+$/.test(t))) return null;
  // English function words mark an English tag; a bare number is not Arabizi
  if (tokens.some((t) => isStopword(t) && !LATIN_FUNCTION.has(t))) return null;
  if (
    tokens.some((t) => /^[0-9]+$/.test(t) || /[014]/.test(t) || (t.length < 3 && /[0-9]/.test(t)))
  ) {
    return null;
  }
  const words = tokens.filter((t) => !LATIN_FUNCTION.has(t));
  if (words.length === 0) return null;
  // a coarse key needs a clear Arabizi mark; an unmarked one must be long to be trusted
  const minLength = looksArabizi(tokens) ? 2 : 6;
  let keys = [''];
  for (const w of words) {
    const next: string[] = [];
    for (const k of keys) for (const s of latinSkeletons(w)) next.push(k + s);
    keys = next.slice(0, 16);
  }
  const { loose, precise } = arabiziIndexes();
  const idx = words.some((w) => /[37]/.test(w)) ? precise : loose;
  const found = new Set<string>();
  for (const key of keys) {
    if (key.length < minLength) continue;
    for (const id of idx.get(key) ?? []) found.add(id);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
