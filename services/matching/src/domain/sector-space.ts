import { cohesionOf, isFreeSector, parentOf, SECTORS } from '@citymatch/taxonomy';
import { GrowableInt32, Interner } from './growable-array.js';
import { RELATION_STRENGTH } from './scoring-weights.js';
import type { MatchRelation } from './types.js';

export const REL_NONE = 0;
export const REL_EXACT = 1;
/** The startup's sector is the parent of the challenge's. */
export const REL_PARENT = 2;
/** The startup's sector is a child of the challenge's. */
export const REL_CHILD = 3;
export const REL_SIBLING = 4;

/**
 * Dense integer ids for taxonomy sectors and, appended as they appear, free tags; with the
 * parent links and cohesion needed to relate two sectors in O(1).
 */
export class SectorSpace {
  private readonly interner = new Interner();
  private readonly parents = new GrowableInt32(256);
  private readonly tight = new GrowableInt32(256);
  private readonly kids: number[][] = [];
  readonly taxonomySize: number;

  constructor() {
    for (const s of SECTORS) this.intern(s.id);
    for (const s of SECTORS) {
      const id = this.interner.lookup(s.id) ?? -1;
      const parent = s.parent === null ? -1 : (this.interner.lookup(s.parent) ?? -1);
      this.parents.data[id] = parent;
      this.tight.data[id] = cohesionOf(s.id) === 'tight' ? 1 : 0;
      if (parent >= 0) this.kids[parent]?.push(id);
    }
    this.taxonomySize = SECTORS.length;
  }

  get size(): number {
    return this.interner.values.length;
  }

  /** Id of a sector or free tag, creating it for a new free tag. */
  intern(sectorId: string): number {
    const before = this.size;
    const id = this.interner.intern(sectorId);
    if (id === before) {
      this.parents.ensure(id, -1);
      this.tight.ensure(id);
      this.parents.data[id] = isFreeSector(sectorId)
        ? -1
        : (this.lookup(parentOf(sectorId) ?? '') ?? -1);
      this.kids.push([]);
    }
    return id;
  }

  lookup(sectorId: string): number | undefined {
    return this.interner.lookup(sectorId);
  }

  name(id: number): string {
    return this.interner.values[id] ?? '';
  }

  /** Parent of every sector id (-1 for none); fetch again after new sectors are interned. */
  parentArray(): Int32Array {
    return this.parents.data;
  }

  parent(id: number): number {
    return this.parents.data[id] ?? -1;
  }

  children(id: number): readonly number[] {
    return this.kids[id] ?? [];
  }

  isFree(id: number): boolean {
    return id >= this.taxonomySize;
  }

  /** How startup sector `s` relates to challenge sector `q`. */
  relation(q: number, s: number): number {
    if (q === s) return REL_EXACT;
    const pq = this.parents.data[q] ?? -1;
    const ps = this.parents.data[s] ?? -1;
    if (ps === q) return REL_CHILD;
    if (pq === s) return REL_PARENT;
    if (pq >= 0 && pq === ps) return REL_SIBLING;
    return REL_NONE;
  }

  /** Strength of a relation, by the cohesion of the area the challenge sector lives in. */
  strength(q: number, relation: number): number {
    if (relation === REL_EXACT) return 1;
    if (relation === REL_NONE) return 0;
    const strengths = RELATION_STRENGTH[this.tight.data[q] === 1 ? 'tight' : 'loose'];
    return relation === REL_SIBLING ? strengths.sibling : strengths.parentChild;
  }

  relationName(q: number, relation: number): MatchRelation {
    if (relation === REL_EXACT) return this.isFree(q) ? 'free' : 'exact';
    if (relation === REL_PARENT) return 'parent';
    if (relation === REL_CHILD) return 'child';
    return 'sibling';
  }
}
