import {
  type AggregateLocks,
  OUTBOX_INDEX,
  outboxOnCreate,
  withOutbox,
} from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';
import type { ChallengeDoc, ChallengeFields, PendingEvents } from './challenge-doc.js';

/**
 * Challenges and their shortlists. Every change is read-modify-write of one document under the
 * challenge's lock (the outbox relay takes the same lock), so concurrent handlers on several
 * replicas never lose a write (FerretDB applies concurrent updates without isolation).
 */
export type OpenChallenge = Pick<
  ChallengeDoc,
  '_id' | 'sectors' | 'city' | 'country' | 'language'
> & {
  shortlist: { startupId: string }[];
};

export class ChallengeStore {
  readonly collection: Collection<ChallengeDoc>;

  constructor(
    db: Db,
    private readonly locks: AggregateLocks,
    /** Events were added to this challenge's outbox (wakes the relay). */
    private readonly wrote: (id: string) => void,
    /** After every change (written or not, so a retry repeats it): cached views are stale. */
    private readonly changed: (id: string) => Promise<void> = async () => undefined,
  ) {
    this.collection = db.collection<ChallengeDoc>('challenges');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex(OUTBOX_INDEX);
    await this.collection.createIndex({ status: 1 });
  }

  get(id: string): Promise<ChallengeDoc | null> {
    return this.collection.findOne({ _id: id }, { projection: { outbox: 0 } });
  }

  /** The challenges taking part in matching (what ranking needs, and who is shortlisted). */
  open(): Promise<OpenChallenge[]> {
    return this.collection
      .find(
        { status: 'published' },
        {
          projection: {
            sectors: 1,
            city: 1,
            country: 1,
            language: 1,
            'shortlist.startupId': 1,
          },
        },
      )
      .toArray() as Promise<OpenChallenge[]>;
  }

  /** Open challenges whose shortlist holds this startup, best placed first. */
  async shortlisting(startupId: string): Promise<ChallengeDoc[]> {
    const docs = await this.collection
      .find(
        { status: 'published', 'shortlist.startupId': startupId },
        { projection: { outbox: 0 } },
      )
      .toArray();
    return docs.filter((d) => d.shortlist.some((e) => e.startupId === startupId));
  }

  /**
   * Read the challenge, decide its next state and events, write both at once. `decide` returns
   * null to leave the document alone.
   */
  change(
    id: string,
    decide: (
      current: ChallengeDoc | null,
    ) => Promise<{ fields: ChallengeFields; events: PendingEvents } | null>,
  ): Promise<boolean> {
    return this.locks.withLock(
      id,
      async () => {
        const current = await this.collection.findOne({ _id: id }, { projection: { outbox: 0 } });
        const next = await decide(current);
        if (!next) {
          await this.changed(id);
          return false;
        }
        // the outbox fields belong to the relay and withOutbox: never copied from a read
        const fields: Partial<ChallengeDoc> = { ...next.fields };
        delete fields._id;
        delete fields.outbox;
        delete fields.outboxPending;
        delete fields.outboxSeq;
        if (!current) {
          await this.collection.insertOne({ ...next.fields, ...outboxOnCreate(next.events) });
        } else {
          await this.collection.updateOne({ _id: id }, withOutbox({ $set: fields }, next.events));
        }
        await this.changed(id);
        if (next.events.length > 0) this.wrote(id);
        return true;
      },
      15_000,
    );
  }
}
