export const LANGS = ['en', 'tr', 'fa', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * How closely the children of a top-level area relate to each other. In a `tight` area the
 * children are facets of one municipal function (solar vs. energy efficiency: the same energy
 * department buys both); in a `loose` area they are different jobs (parking vs. public
 * transport). Ranking gives tight siblings and parents more credit.
 */
export type Cohesion = 'tight' | 'loose';

export interface SectorDef {
  /** Stable id, dotted: `waste`, `waste.recycling`. */
  readonly id: string;
  /** Parent id, or null for a top-level area. */
  readonly parent: string | null;
  /** Set on top-level areas; children inherit it. */
  readonly cohesion: Cohesion;
  readonly labels: Readonly<Record<Lang, string>>;
  /** Other ways people write it, per language (formal, informal, abbreviations, variants). */
  readonly synonyms: Readonly<Record<Lang, readonly string[]>>;
}

type SynonymText = Readonly<Record<Lang, string>>;

function splitSynonyms(text: SynonymText): Record<Lang, string[]> {
  const out = { en: [], tr: [], fa: [], ar: [] } as Record<Lang, string[]>;
  for (const lang of LANGS) {
    out[lang] = text[lang]
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }
  return out;
}

/** A top-level area. Synonyms are `|`-separated per language. */
export function area(
  id: string,
  cohesion: Cohesion,
  labels: Record<Lang, string>,
  synonyms: SynonymText,
): SectorDef {
  return { id, parent: null, cohesion, labels, synonyms: splitSynonyms(synonyms) };
}

/** A child sector of `parent` (an area defined in the same file). */
export function child(
  parent: SectorDef,
  suffix: string,
  labels: Record<Lang, string>,
  synonyms: SynonymText,
): SectorDef {
  return {
    id: `${parent.id}.${suffix}`,
    parent: parent.id,
    cohesion: parent.cohesion,
    labels,
    synonyms: splitSynonyms(synonyms),
  };
}
