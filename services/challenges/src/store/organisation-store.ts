import { AggregateBusyError, type AggregateLocks } from '@citymatch/service-kit';
import type { Organisation } from '../domain/organisation.js';
import { Busy, OrganisationExists, OrganisationNotFound } from '../errors.js';
import type { Models } from './models.js';

type Doc = Omit<Organisation, 'id'> & { _id: string };

function fromDoc({ _id, ...rest }: Doc): Organisation {
  return { id: _id, ...rest };
}

function isDuplicateKey(err: unknown): boolean {
  return (err as { code?: unknown })?.code === 11000;
}

/** Organisations in MongoDB; writes hold the organisation's lock like every aggregate write. */
export class OrganisationStore {
  constructor(
    private readonly models: Models,
    private readonly locks: AggregateLocks,
  ) {}

  async get(id: string): Promise<Organisation | null> {
    const doc = await this.models.Organisation.findById(id).lean<Doc>();
    return doc ? fromDoc(doc) : null;
  }

  async insert(org: Organisation): Promise<Organisation> {
    const { id, ...fields } = org;
    await this.#locked(id, async () => {
      try {
        await this.models.Organisation.collection.insertOne({ _id: id as never, ...fields });
      } catch (err) {
        if (isDuplicateKey(err)) throw new OrganisationExists(id);
        throw err;
      }
    });
    return org;
  }

  async change(id: string, decide: (current: Organisation) => Organisation): Promise<Organisation> {
    return this.#locked(id, async () => {
      const current = await this.get(id);
      if (!current) throw new OrganisationNotFound(id);
      const { id: _id, ...fields } = decide(current);
      const res = await this.models.Organisation.collection.updateOne(
        { _id: id as never, version: current.version },
        { $set: fields },
      );
      if (res.matchedCount !== 1) throw new Busy(`organisation ${id}`);
      return { id, ...fields };
    });
  }

  async #locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.locks.withLock(id, fn);
    } catch (err) {
      if (err instanceof AggregateBusyError) throw new Busy(`organisation ${id}`);
      throw err;
    }
  }
}
