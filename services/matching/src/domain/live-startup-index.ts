import { rankStartups } from './rank-startups.js';
import { StartupIndex } from './startup-index.js';
import type { ChallengeInput, RankedStartup } from './types.js';

/** A startup as the read model holds it: what the index needs, and its version. */
export interface VersionedStartup {
  readonly id: string;
  readonly version: number;
  readonly active: boolean;
  readonly sectors: readonly string[];
  readonly city: string;
  readonly country: string;
  readonly languages: readonly string[];
}

/**
 * The in-memory index of this replica, kept current by startup events: a version per startup,
 * so an older or repeated event never overwrites a newer one (two consumers feed it).
 */
export class LiveStartupIndex {
  readonly index = new StartupIndex();
  readonly #versions = new Map<string, number>();

  get size(): number {
    return this.index.size;
  }

  /** Load the read model's startups at once (on start, before consuming). */
  rebuild(startups: Iterable<VersionedStartup>): void {
    const active: VersionedStartup[] = [];
    for (const s of startups) {
      this.#versions.set(s.id, s.version);
      if (s.active) active.push(s);
    }
    this.index.upsertMany(active);
  }

  /** Apply one startup; returns false when the index already holds this version or a newer one. */
  apply(s: VersionedStartup): boolean {
    if ((this.#versions.get(s.id) ?? 0) >= s.version) return false;
    this.#versions.set(s.id, s.version);
    this.index.upsert(s);
    return true;
  }

  has(startupId: string): boolean {
    return this.index.has(startupId);
  }

  rank(challenge: ChallengeInput, k: number): RankedStartup[] {
    return rankStartups(this.index, challenge, { k });
  }
}
