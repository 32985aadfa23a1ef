import { FuzzyLookup } from './fuzzy-lookup.js';
import { compactKey, normalizeTokens } from './normalize.js';
import { SECTORS, type SurfaceForm, surfaceForms } from './sectors.js';
import { attachSuffixTokens, stemToken } from './stem-token.js';
import { isGeneric, isStopword, WAW } from './token-classes.js';

export interface FormHit {
  readonly sectorId: string;
  readonly form: string;
}

/** A tag or surface form split the way matching sees it. */
export interface PreparedText {
  readonly tokens: readonly string[];
  readonly stems: readonly string[];
}

export function prepareText(text: unknown): PreparedText {
  const tokens = attachSuffixTokens(normalizeTokens(text));
  return { tokens, stems: tokens.map(stemToken) };
}

/** Tokens that can carry meaning (not function words, not the compound `و`). */
export function isContentToken(token: string): boolean {
  return token !== WAW && !isStopword(token);
}

/** Tokens that name the need: content, and not a generic word ("solutions", "platform", "sorun"). */
export function namesNeed(token: string): boolean {
  return isContentToken(token) && !isGeneric(token);
}

/**
 * Lookup structures over every surface form of the taxonomy:
 * - `exact`: spacing-insensitive key of the normalized tokens;
 * - `stem`: the same over stemmed tokens (plurals, suffixes, articles folded);
 * - `tokens`: stemmed word → sectors using it, with the word's share of the form;
 * - `idf`: how specific a stemmed word is across sectors.
 */
export class SurfaceIndex {
  readonly exact = new Map<string, FormHit[]>();
  readonly stem = new Map<string, FormHit[]>();
  readonly tokens = new Map<string, Map<string, number>>();
  readonly idf = new Map<string, number>();
  /** Typo-tolerant lookup over stemmed whole-form keys, stemmed words and words as written. */
  readonly fuzzyKeys: FuzzyLookup;
  /** The same over whole-form keys as written: a typo can change how a word stems. */
  readonly fuzzyExactKeys: FuzzyLookup;
  readonly fuzzyTokens: FuzzyLookup;
  readonly fuzzyWords: FuzzyLookup;
  /** Every normalized word of every form, and each word's stem. */
  readonly words = new Map<string, string>();
  maxIdf = 0;
  maxSpan = 1;

  constructor(forms: readonly SurfaceForm[]) {
    for (const f of forms) this.add(f);
    const sectorCount = SECTORS.length;
    for (const [token, sectors] of this.tokens) {
      const idf = Math.log(1 + sectorCount / sectors.size);
      this.idf.set(token, idf);
      this.maxIdf = Math.max(this.maxIdf, idf);
    }
    this.fuzzyKeys = new FuzzyLookup([...this.stem.keys()].filter((k) => k.length >= 5));
    this.fuzzyExactKeys = new FuzzyLookup([...this.exact.keys()].filter((k) => k.length >= 6));
    this.fuzzyTokens = new FuzzyLookup([...this.tokens.keys()].filter((k) => k.length >= 4));
    this.fuzzyWords = new FuzzyLookup([...this.words.keys()].filter((k) => k.length >= 5));
  }

  private add(f: SurfaceForm): void {
    const { tokens, stems } = prepareText(f.form);
    if (tokens.length === 0) return;
    this.maxSpan = Math.max(this.maxSpan, tokens.length);
    const hit: FormHit = { sectorId: f.sectorId, form: f.form };
    push(this.exact, compactKey(tokens), hit);
    push(this.stem, compactKey(stems), hit);
    tokens.forEach((t, i) => {
      this.words.set(t, stems[i] ?? t);
    });
    const content = stems.filter((_, i) => isContentToken(tokens[i] ?? ''));
    for (const s of content) {
      let bySector = this.tokens.get(s);
      if (!bySector) {
        bySector = new Map();
        this.tokens.set(s, bySector);
      }
      const share = 1 / content.length;
      bySector.set(f.sectorId, Math.max(bySector.get(f.sectorId) ?? 0, share));
    }
  }

  tokenIdf(stem: string): number {
    return this.idf.get(stem) ?? this.maxIdf;
  }
}

function push(map: Map<string, FormHit[]>, key: string, hit: FormHit): void {
  if (key.length === 0) return;
  const list = map.get(key);
  if (!list) {
    map.set(key, [hit]);
  } else if (!list.some((h) => h.sectorId === hit.sectorId)) {
    list.push(hit);
  }
}

let shared: SurfaceIndex | undefined;

/** The index over the built-in taxonomy (built once, on first use). */
export function surfaceIndex(): SurfaceIndex {
  shared ??= new SurfaceIndex(surfaceForms());
  return shared;
}
