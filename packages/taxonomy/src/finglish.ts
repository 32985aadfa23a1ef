import { editDistance } from './edit-distance.js';
import { SECTORS } from './sectors.js';
import { isArabicScript } from './stem-token.js';
import { prepareText } from './surface-index.js';

/**
 * Finglish: Persian typed in Latin letters ("modiriat pasmand", "haml o naghl omoomi").
 * Short vowels are not written in Persian and are spelled freely in Latin, so a Latin word
 * meets a Persian word of the taxonomy by its consonant skeleton (vowels and the vowel
 * letters ا و ی dropped, sound-alike letters merged: س ص ث → s, ت ط → t, ز ذ ض ظ → z,
 * ق غ → gh, ح ه → h); among words with the same skeleton the one nearest as romanized wins.
 */

/** Latin spelling of each Persian letter; digraph sounds as one capital (S: ش, X: خ, G: ق غ). */
const SOUNDS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'ا'],
  ['b', 'ب'],
  ['p', 'پ'],
  ['t', 'تط'],
  ['s', 'سصث'],
  ['z', 'زذضظ'],
  ['j', 'ج'],
  ['C', 'چ'],
  ['h', 'حه'],
  ['X', 'خ'],
  ['d', 'د'],
  ['r', 'ر'],
  ['Z', 'ژ'],
  ['S', 'ش'],
  ['G', 'قغ'],
  ['f', 'ف'],
  ['k', 'ک'],
  ['g', 'گ'],
  ['l', 'ل'],
  ['m', 'م'],
  ['n', 'ن'],
  ['u', 'و'],
  ['i', 'ی'],
  ['', 'ع'],
];
const LETTERS = new Map(SOUNDS.flatMap(([latin, letters]) => [...letters].map((c) => [c, latin])));
const VOWELS = /[aeiou]/g;
const SHORT = /[aeo]/g;

/** Function words as Finglish writes them; `e`/`ye` (a detached ezafe) carry nothing. */
const FUNCTION_WORDS = new Map<string, string | null>([
  ['o', 'و'],
  ['va', 'و'],
  ['az', 'از'],
  ['be', 'به'],
  ['dar', 'در'],
  ['ba', 'با'],
  ['baraye', 'برای'],
  ['baraie', 'برای'],
  ['e', null],
  ['ye', null],
]);

/** A normalized Persian word spelled in the same Latin alphabet as `latin` below. */
function romanize(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] ?? '';
    // word-final ه is a silent vowel after a consonant (خانه, زلزله), a sound after ا/و (راه)
    if (c === 'ه' && i === word.length - 1 && i > 0 && !'او'.includes(word[i - 1] ?? '')) {
      out += 'e';
    } else if (c === 'ا' && i === 0 && 'وی'.includes(word[1] ?? '')) {
      // initial او / ای are one vowel (اورژانس, اینترنت)
    } else {
      out += LETTERS.get(c) ?? '';
    }
  }
  return out;
}

/** A lower-case Latin word with digraphs as one letter and vowels folded like `romanize`. */
function latin(word: string): string {
  return word
    .replace(/eh$/, 'e')
    .replace(/kh/g, 'X')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/zh/g, 'Z')
    .replace(/gh|q/g, 'G')
    .replace(/aa/g, 'a')
    .replace(/ee|y/g, 'i')
    .replace(/oo|ou|u|v|w/g, 'u')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k');
}

function skeleton(spelled: string): string {
  return spelled.replace(VOWELS, '').replace(/(.)\1+/g, '$1');
}

interface Candidate {
  readonly word: string;
  readonly spelled: string;
  count: number;
}

let bySkeleton: Map<string, Candidate[]> | undefined;

function persianWords(): Map<string, Candidate[]> {
  if (bySkeleton) return bySkeleton;
  const map = new Map<string, Candidate[]>();
  for (const s of SECTORS) {
    for (const form of [s.labels.fa, ...s.synonyms.fa]) {
      for (const word of prepareText(form).tokens) {
        if (!isArabicScript(word)) continue;
        const spelled = romanize(word);
        const key = skeleton(spelled);
        if (key.length === 0) continue;
        const list = map.get(key) ?? [];
        const known = list.find((c) => c.word === word);
        if (known) known.count++;
        else list.push({ word, spelled, count: 1 });
        map.set(key, list);
      }
    }
  }
  bySkeleton = map;
  return map;
}

interface Reading {
  readonly word: string;
  /** 0 when the Latin word spells the Persian one exactly, short vowels aside. */
  readonly distance: number;
}

function nearest(spelled: string): Reading | null {
  const key = skeleton(spelled);
  const candidates = persianWords().get(key);
  if (!candidates || key.length === 0) return null;
  // short skeletons meet many words: only a close spelling counts then
  const max = key.length <= 2 ? 2 : Math.ceil(spelled.length / 2);
  // Latin `a` is both the written ا and the unwritten short a, and `e`/`o` are mostly the
  // unwritten short vowels: they tell words apart by neither (jam: جمع or جامع), the more
  // common word wins then
  const bare = spelled.replace(SHORT, '');
  const os = spelled.split('o').length - 1;
  let best: Candidate | undefined;
  let bestDistance = max + 1;
  let bestScore = Infinity;
  for (const c of candidates) {
    const persian = c.spelled.replace(SHORT, '');
    let d = editDistance(bare, persian, max);
    let score = 2 * d;
    // Latin `o` may also be the written و (bomi: بومی), a reading second to a plain match
    const us = persian.split('u').length - 1;
    if (os > 0 && us > 0 && us <= os) {
      const without = editDistance(bare, persian.replace(/u/g, ''), max);
      if (2 * without + 1 < score) {
        d = without;
        score = 2 * without + 1;
      }
    }
    if (d > max) continue;
    if (score < bestScore || (score === bestScore && best && c.count > best.count)) {
      best = c;
      bestDistance = d;
      bestScore = score;
    }
  }
  return best && bestDistance <= max ? { word: best.word, distance: bestDistance } : null;
}

/** The Persian word a Finglish word stands for, plural `-ha` and `-an` tried off too. */
function persianWord(word: string): Reading | null {
  const spelled = latin(word);
  const found = nearest(spelled);
  if (found) return found;
  const bare = /^(.{3,}?)(ha(ie|ye|i|y)?|an|at)$/.exec(word)?.[1];
  return bare ? nearest(latin(bare)) : null;
}

export interface FinglishReading {
  /** The tag in Persian script. */
  readonly text: string;
  /** Whether it is unlikely to be a chance likeness of Latin words ("money": ایمنی). */
  readonly distinct: boolean;
  /** Latin content words read, and whether each was spelled exactly (short vowels aside). */
  readonly words: number;
  readonly exact: boolean;
}

/**
 * The tag in Persian script when every word of it reads as a Finglish spelling of a word the
 * taxonomy knows in Persian, else null. Only Latin tags that no surface form covers are read
 * this way, so English and Turkish tags the taxonomy knows never reach it.
 */
export function finglishToPersian(tokens: readonly string[]): FinglishReading | null {
  if (tokens.length === 0 || !tokens.every((t) => /^[a-z]+$/.test(t))) return null;
  const out: string[] = [];
  let words = 0;
  let exact = true;
  let chance = false;
  let consonants = 0;
  const take = (r: Reading) => {
    out.push(r.word);
    words++;
    exact &&= r.distance === 0;
    consonants = skeleton(romanize(r.word)).length;
    chance ||= consonants < 3 && r.distance > 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (FUNCTION_WORDS.has(t)) {
      const w = FUNCTION_WORDS.get(t);
      if (w) out.push(w);
      continue;
    }
    const r = persianWord(t);
    // one Persian word written as two ("kar afarini": کارآفرینی)
    const next = tokens[i + 1];
    if (next !== undefined && !FUNCTION_WORDS.has(next) && (!r || !persianWord(next))) {
      const joined = persianWord(t + next);
      if (joined) {
        take(joined);
        words++;
        i++;
        continue;
      }
    }
    if (!r) return null;
    take(r);
  }
  // short words meet Persian words by chance: they must be spelled exactly ("money" is not
  // ایمنی), and a word alone needs two consonants (Turkish "AB" is not آب)
  const distinct = !chance && (words > 1 || consonants >= 2);
  return words > 0 ? { text: out.join(' '), words, exact, distinct } : null;
}
