import type { StartupRegisteredData } from '@citymatch/events';
import { type AggregateLocks, findByIds } from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';

/**
 * Matching's own read model of a startup (fed by startups.v1). Holds what ranking and the
 * shortlist need; never the contact email.
 */
export interface StartupDoc {
  _id: string;
  /** The startups.v1 version applied last: an older or repeated event changes nothing. */
  version: number;
  active: boolean;
  name: string;
  sectors: string[];
  country: string;
  city: string;
  languages: string[];
  preferredLanguage: string;
  stage: string;
  updatedAt: Date;
}

/** What the in-memory index takes from a stored startup. */
export const indexedStartup = (doc: StartupDoc) => ({
  id: doc._id,
  version: doc.version,
  active: doc.active,
  sectors: doc.sectors,
  city: doc.city,
  country: doc.country,
  languages: doc.languages,
});

/** Startups as matching knows them. Writes are read-modify-write under the startup's lock. */
export class StartupStore {
  readonly collection: Collection<StartupDoc>;

  constructor(
    db: Db,
    private readonly locks: AggregateLocks,
    /** After every write (or repeat, so a retry repeats it): names on cached views may change. */
    private readonly changed: () => Promise<void> = async () => undefined,
  ) {
    this.collection = db.collection<StartupDoc>('startups');
  }

  get(startupId: string): Promise<StartupDoc | null> {
    return this.collection.findOne({ _id: startupId });
  }

  /** Every active startup: what the in-memory index is rebuilt from on start. */
  active(): AsyncIterable<StartupDoc> {
    return this.collection.find({ active: true });
  }

  /** These startups as stored (active or not). */
  byIds(ids: readonly string[]): Promise<StartupDoc[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return findByIds(this.collection, ids);
  }

  /** Name and preferred language of these startups (shortlist views, match.found). */
  async profiles(
    ids: readonly string[],
  ): Promise<Map<string, Pick<StartupDoc, 'name' | 'preferredLanguage'>>> {
    if (ids.length === 0) return new Map();
    const docs = await findByIds(this.collection, ids, {
      projection: { name: 1, preferredLanguage: 1 },
    });
    return new Map(docs.map((d) => [d._id, d]));
  }

  /** Apply a full profile; returns the document as it now is (the newest version wins). */
  applyProfile(p: StartupRegisteredData): Promise<StartupDoc> {
    return this.#write(p.startupId, p.version, () => ({
      _id: p.startupId,
      version: p.version,
      active: true,
      name: p.name,
      sectors: p.sectors,
      country: p.country,
      city: p.city,
      languages: p.languages,
      preferredLanguage: p.preferredLanguage,
      stage: p.stage,
      updatedAt: new Date(),
    }));
  }

  /** Deactivate (kept, so a late older profile event cannot bring it back). */
  deactivate(startupId: string, version: number): Promise<StartupDoc> {
    return this.#write(startupId, version, (current) => ({
      _id: startupId,
      version,
      active: false,
      name: current?.name ?? startupId,
      sectors: current?.sectors ?? [],
      country: current?.country ?? '',
      city: current?.city ?? '',
      languages: current?.languages ?? [],
      preferredLanguage: current?.preferredLanguage ?? 'en',
      stage: current?.stage ?? 'idea',
      updatedAt: new Date(),
    }));
  }

  #write(
    id: string,
    version: number,
    next: (current: StartupDoc | null) => StartupDoc,
  ): Promise<StartupDoc> {
    return this.locks.withLock(id, async () => {
      const current = await this.collection.findOne({ _id: id });
      if (current && current.version >= version) {
        await this.changed();
        return current;
      }
      const doc = next(current);
      await this.collection.replaceOne({ _id: id }, doc, { upsert: true });
      await this.changed();
      return doc;
    });
  }
}
