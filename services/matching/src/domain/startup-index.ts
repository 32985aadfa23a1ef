import { mapTag, type SectorMatch } from '@citymatch/taxonomy';
import { cityKey, countryKey, languageKey } from './attribute-keys.js';
import { DocStore, type ForwardEntry } from './doc-store.js';
import { GrowableInt32, Interner } from './growable-array.js';
import { SectorSpace } from './sector-space.js';
import type { StartupInput } from './types.js';

const MAP_CACHE_LIMIT = 100_000;
const MAX_TAGS = 50;
const MAX_LANGUAGES = 31;

/**
 * In-memory inverted index of ACTIVE startups. Each startup is a "doc" with a dense number
 * in a DocStore; an update retires the old doc and appends a new one, so postings stay sorted
 * by doc number (what the top-k traversal needs). Removal takes effect at once (the doc is
 * retired). `compact()` drops retired docs and renumbers the rest grouped by (country, city)
 * and in startup-id order within a group: docs [0, sortedPrefix) are laid out that way, which
 * lets ranking visit a challenge's own city first and settle ties without looking at every
 * tied startup. Newer docs form an unsorted tail. Compaction runs by itself when retired docs
 * or the tail grow.
 */
export class StartupIndex {
  readonly space = new SectorSpace();
  readonly cities = new Interner();
  /** Each city as first written (cities are keyed by their normalized form). */
  readonly cityNames: string[] = [];
  readonly countries = new Interner();
  readonly languages = new Interner();
  readonly tags = new Interner();
  store = new DocStore(1024, this.space.taxonomySize);

  private readonly df = new GrowableInt32(256);
  private docOf = new Map<string, number>();
  private readonly mapCache = new Map<string, SectorMatch[]>();
  private retired = 0;
  private scratch: Int32Array[] = [];
  private bulk = false;
  /** Docs [0, sortedPrefix) are grouped by (country, city), id-ordered within a group. */
  sortedPrefix = 0;
  /** The (country, city) groups of the sorted prefix, in doc order. */
  groups: readonly DocGroup[] = [];

  /** Number of active startups. */
  get size(): number {
    return this.docOf.size;
  }

  has(startupId: string): boolean {
    return this.docOf.has(startupId);
  }

  /** Active startups with a tag mapping to this sector (or free tag). */
  documentFrequency(sector: number): number {
    return this.df.data[sector] ?? 0;
  }

  mapTagCached(tag: string): SectorMatch[] {
    let m = this.mapCache.get(tag);
    if (!m) {
      if (this.mapCache.size >= MAP_CACHE_LIMIT) this.mapCache.clear();
      m = mapTag(tag);
      this.mapCache.set(tag, m);
    }
    return m;
  }

  /** Loads many startups, then compacts once (the way to rebuild at start-up). */
  upsertMany(startups: Iterable<StartupInput>): void {
    this.bulk = true;
    try {
      for (const s of startups) this.upsert(s);
    } finally {
      this.bulk = false;
    }
    this.compact();
  }

  /** Adds or replaces a startup; an inactive one is removed. Takes effect at once. */
  upsert(startup: StartupInput): void {
    this.remove(startup.id);
    if (startup.active === false) return;
    const entries: ForwardEntry[] = [];
    for (const raw of startup.sectors.slice(0, MAX_TAGS)) {
      if (typeof raw !== 'string') continue;
      const tag = this.tags.intern(raw.slice(0, 200));
      for (const m of this.mapTagCached(raw)) {
        entries.push({ sector: this.space.intern(m.sectorId), strength: m.strength, tag });
      }
    }
    const cityKeyValue = cityKey(startup.city);
    const city = cityKeyValue ? this.cities.intern(cityKeyValue) : -1;
    if (city >= 0 && this.cityNames[city] === undefined) this.cityNames[city] = startup.city ?? '';
    const countryKeyValue = countryKey(startup.country);
    const country = countryKeyValue ? this.countries.intern(countryKeyValue) : -1;
    let mask = 0;
    for (const lang of startup.languages ?? []) {
      const key = languageKey(lang);
      const id = key ? this.languages.intern(key) : -1;
      if (id >= 0 && id < MAX_LANGUAGES) mask |= 1 << id;
    }
    const doc = this.store.add(startup.id, entries, this.parentsOf(entries), city, country, mask);
    this.docOf.set(startup.id, doc);
    for (const sector of this.store.sectors(doc)) this.bumpDf(sector, 1);
    this.maybeCompact();
  }

  /** Removes a startup (deactivated, deleted); returns whether it was indexed. */
  remove(startupId: string): boolean {
    const doc = this.docOf.get(startupId);
    if (doc === undefined) return false;
    this.docOf.delete(startupId);
    this.store.retire(doc);
    for (const sector of this.store.sectors(doc)) this.bumpDf(sector, -1);
    this.retired++;
    this.maybeCompact();
    return true;
  }

  /** `count` zeroed bitmaps of `words` words for a query's join (reused: queries are synchronous). */
  scratchBitmaps(count: number, words: number): Int32Array[] {
    while (this.scratch.length < count) this.scratch.push(new Int32Array(words));
    for (let i = 0; i < count; i++) {
      const bits = this.scratch[i] as Int32Array;
      if (bits.length < words) this.scratch[i] = new Int32Array(words);
      else bits.fill(0, 0, words);
    }
    return this.scratch.slice(0, count);
  }

  /** Drops retired docs and renumbers the rest by (country, city, startup id). */
  compact(): void {
    const store = this.store;
    const key = (doc: number) =>
      `${this.countries.values[store.country.data[doc] ?? -1] ?? ''}\u0000${this.cities.values[store.city.data[doc] ?? -1] ?? ''}`;
    const live = [...this.docOf.entries()].map(([id, doc]) => ({ id, doc, key: key(doc) }));
    live.sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const compacted = store.compacted(
      live.map((l) => l.doc),
      (doc) => this.parentsOf(store.entries(doc)),
    );
    const docOf = new Map<string, number>();
    for (const [id, doc] of this.docOf) docOf.set(id, compacted.renumber.get(doc) ?? doc);
    this.store = compacted.store;
    this.docOf = docOf;
    this.retired = 0;
    this.sortedPrefix = compacted.store.docCount;
    this.groups = docGroups(this.store, this.sortedPrefix);
  }

  /** Compacts when retired docs or the unsorted tail exceed 1,000 and 5% of the index. */
  private maybeCompact(): void {
    if (this.bulk) return;
    const limit = Math.max(1000, this.size * 0.05);
    const tail = this.store.docCount - this.sortedPrefix;
    if (this.retired > limit || tail > limit) this.compact();
  }

  private parentsOf(entries: readonly ForwardEntry[]): number[] {
    const parents = new Set<number>();
    for (const e of entries) {
      const p = this.space.parent(e.sector);
      if (p >= 0) parents.add(p);
    }
    return [...parents];
  }

  private bumpDf(sector: number, delta: number): void {
    this.df.ensure(sector);
    this.df.data[sector] = (this.df.data[sector] ?? 0) + delta;
  }
}

export interface DocGroup {
  readonly country: number;
  readonly city: number;
  /** Doc range [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Runs of docs sharing (country, city) over docs [0, end). */
function docGroups(store: DocStore, end: number): DocGroup[] {
  const out: DocGroup[] = [];
  let start = 0;
  for (let doc = 1; doc <= end; doc++) {
    const country = store.country.data[start] ?? -1;
    const city = store.city.data[start] ?? -1;
    if (doc === end || store.country.data[doc] !== country || store.city.data[doc] !== city) {
      out.push({ country, city, start, end: doc });
      start = doc;
    }
  }
  return out;
}
