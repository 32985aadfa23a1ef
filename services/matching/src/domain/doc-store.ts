import { GrowableFloat32, GrowableInt32 } from './growable-array.js';
import { PostingList } from './posting-list.js';

export interface ForwardEntry {
  readonly sector: number;
  readonly strength: number;
  readonly tag: number;
}

/**
 * Struct-of-typed-arrays storage for indexed startups ("docs"): per-doc attributes, the
 * forward entries (doc → sector, mapping strength, tag as written) and the postings lists
 * (sector → docs; parent sector → docs having any of its children). Docs are appended with
 * increasing numbers, so every postings list is sorted.
 */
export class DocStore {
  readonly extIds: string[] = [];
  readonly alive: GrowableInt32;
  readonly fwdStart: GrowableInt32;
  readonly fwdCount: GrowableInt32;
  readonly city: GrowableInt32;
  readonly country: GrowableInt32;
  readonly languageMask: GrowableInt32;
  readonly fwdSector: GrowableInt32;
  readonly fwdStrength: GrowableFloat32;
  readonly fwdTag: GrowableInt32;
  readonly sectorPostings: PostingList[] = [];
  /** Parent sector → docs having ANY child of it (one cursor for all siblings/children). */
  readonly childPostings: PostingList[] = [];
  /**
   * Docs carry a bitmask of their taxonomy sectors (`maskWords` ints; free tags are not in
   * it), stored with each of their postings: it bounds a doc's score before exact scoring.
   */
  readonly maskWords: number;
  /** The same masks per doc (`maskWords` ints each), for docs reached without a posting. */
  readonly sectorMask: GrowableInt32;

  /** `maskLimit`: sectors below it (the taxonomy's) go into the per-doc sector mask. */
  constructor(
    capacity = 1024,
    readonly maskLimit = 128,
  ) {
    this.maskWords = Math.ceil(maskLimit / 32);
    this.sectorMask = new GrowableInt32(capacity * this.maskWords);
    this.alive = new GrowableInt32(capacity);
    this.fwdStart = new GrowableInt32(capacity);
    this.fwdCount = new GrowableInt32(capacity);
    this.city = new GrowableInt32(capacity);
    this.country = new GrowableInt32(capacity);
    this.languageMask = new GrowableInt32(capacity);
    this.fwdSector = new GrowableInt32(capacity * 2);
    this.fwdStrength = new GrowableFloat32(capacity * 2);
    this.fwdTag = new GrowableInt32(capacity * 2);
  }

  get docCount(): number {
    return this.extIds.length;
  }

  /**
   * Appends a doc; returns its number. `parents` are the distinct parents of its sectors;
   * `city`/`country` are -1 when unknown.
   */
  add(
    extId: string,
    entries: readonly ForwardEntry[],
    parents: readonly number[],
    city: number,
    country: number,
    languageMask: number,
  ): number {
    const doc = this.extIds.length;
    this.extIds.push(extId);
    this.alive.push(1);
    this.fwdStart.push(this.fwdSector.length);
    this.fwdCount.push(entries.length);
    const posted = new Set<number>();
    const mask = new Int32Array(this.maskWords);
    for (const e of entries) {
      if (e.sector < this.maskLimit) {
        const word = e.sector >> 5;
        mask[word] = (mask[word] ?? 0) | (1 << (e.sector & 31));
      }
      this.fwdSector.push(e.sector);
      this.fwdStrength.push(e.strength);
      this.fwdTag.push(e.tag);
    }
    for (const word of mask) this.sectorMask.push(word);
    for (const e of entries) {
      if (!posted.has(e.sector)) {
        posted.add(e.sector);
        this.postings(this.sectorPostings, e.sector).push(doc, mask);
      }
    }
    for (const parent of parents) this.postings(this.childPostings, parent).push(doc, mask);
    this.city.push(city);
    this.country.push(country);
    this.languageMask.push(languageMask);
    return doc;
  }

  entries(doc: number): ForwardEntry[] {
    const start = this.fwdStart.data[doc] ?? 0;
    const out: ForwardEntry[] = [];
    for (let i = start; i < start + (this.fwdCount.data[doc] ?? 0); i++) {
      out.push({
        sector: this.fwdSector.data[i] ?? 0,
        strength: this.fwdStrength.data[i] ?? 0,
        tag: this.fwdTag.data[i] ?? 0,
      });
    }
    return out;
  }

  /** The distinct sectors of a doc. */
  sectors(doc: number): Set<number> {
    return new Set(this.entries(doc).map((e) => e.sector));
  }

  isAlive(doc: number): boolean {
    return this.alive.data[doc] === 1;
  }

  retire(doc: number): void {
    this.alive.data[doc] = 0;
  }

  private postings(lists: PostingList[], id: number): PostingList {
    let list = lists[id];
    if (!list) {
      list = new PostingList(this.maskWords);
      lists[id] = list;
    }
    return list;
  }

  /** A copy holding only the given (alive) docs, renumbered in the given order. */
  compacted(
    order: readonly number[],
    parentsOf: (doc: number) => number[],
  ): { store: DocStore; renumber: Map<number, number> } {
    const store = new DocStore(Math.max(1024, order.length), this.maskLimit);
    const renumber = new Map<number, number>();
    for (const doc of order) {
      const next = store.add(
        this.extIds[doc] ?? '',
        this.entries(doc),
        parentsOf(doc),
        this.city.data[doc] ?? -1,
        this.country.data[doc] ?? -1,
        this.languageMask.data[doc] ?? 0,
      );
      renumber.set(doc, next);
    }
    return { store, renumber };
  }
}
