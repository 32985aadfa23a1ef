import {
  type AggregateLocks,
  OUTBOX_INDEX,
  outboxOnCreate,
  withOutbox,
} from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';
import type { DeliveryEvents, DeliveryRecord, DeliveryState } from './delivery-record.js';

const isDuplicateKey = (err: unknown) => (err as { code?: unknown })?.code === 11000;

/**
 * The deliveries collection. Inserts rely on the unique `_id` (the business key); every change
 * of an existing record is a compare-and-set on its state, made while holding the record's
 * aggregate lock (FerretDB loses concurrent updates of one document; the outbox relay takes the
 * same lock), and carries the events it causes in the same single-document write.
 */
export class DeliveryStore {
  readonly collection: Collection<DeliveryRecord>;

  constructor(
    db: Db,
    readonly locks: AggregateLocks,
    private readonly eventsAdded: () => void,
  ) {
    this.collection = db.collection<DeliveryRecord>('deliveries');
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex(OUTBOX_INDEX);
    await this.collection.createIndex({ state: 1, nextAttemptAt: 1 });
    await this.collection.createIndex({ startupId: 1, state: 1 });
  }

  /** Insert the record unless one with this `_id` exists; true when this call created it. */
  async create(
    record: Omit<DeliveryRecord, 'outbox' | 'outboxPending' | 'outboxSeq'>,
  ): Promise<boolean> {
    try {
      await this.collection.insertOne({ ...record, ...outboxOnCreate([]) });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  get(id: string): Promise<DeliveryRecord | null> {
    return this.collection.findOne({ _id: id });
  }

  /** Records due for a (re)try: pending or awaiting their startup, due by `now`. */
  async due(now: Date, limit: number): Promise<string[]> {
    const docs = await this.collection
      .find(
        { state: { $in: ['pending', 'awaiting_startup'] }, nextAttemptAt: { $lte: now } },
        { projection: { _id: 1 } },
      )
      .limit(limit)
      .toArray();
    return docs.map((d) => d._id);
  }

  async find(filter: Record<string, unknown>, limit = 1000): Promise<DeliveryRecord[]> {
    return this.collection.find(filter).limit(limit).toArray();
  }

  /** Matches that waited for their startup's registration become due now. */
  async wakeAwaiting(startupId: string): Promise<number> {
    let woken = 0;
    for (const r of await this.find({ startupId, state: 'awaiting_startup' })) {
      const due = { state: 'awaiting_startup' as const, nextAttemptAt: new Date(0) };
      if (await this.locked(r._id, () => this.transition(r._id, 'awaiting_startup', due))) woken++;
    }
    return woken;
  }

  /** Run `fn` holding the record's lock. */
  locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.locks.withLock(id, fn, 15_000);
  }

  /**
   * Move the record from `from` to the state in `set` (with `events` in its outbox). Call it
   * holding the record's lock. False when the record was not in `from` any more.
   */
  async transition(
    id: string,
    from: DeliveryState | readonly DeliveryState[],
    set: Partial<DeliveryRecord> & { state: DeliveryState },
    events: DeliveryEvents = [],
    unset: (keyof DeliveryRecord)[] = [],
  ): Promise<boolean> {
    const states = typeof from === 'string' ? [from] : [...from];
    const update: Record<string, Record<string, unknown>> = {
      $set: { ...set, updatedAt: new Date() },
    };
    if (unset.length > 0) update.$unset = Object.fromEntries(unset.map((k) => [k, '']));
    const res = await this.collection.updateOne(
      { _id: id, state: { $in: states } },
      withOutbox(update, events) as never,
    );
    if (res.matchedCount === 1 && events.length > 0) this.eventsAdded();
    return res.matchedCount === 1;
  }
}
