import {
  type AggregateLocks,
  BatchedFindById,
  BatchedInsert,
  OUTBOX_INDEX,
  outboxOnCreate,
  withOutbox,
} from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';
import type { DeliveryEvents, DeliveryRecord, DeliveryState } from './delivery-record.js';

/** The deliveries waiting for one startup's registration (`_id` is the startup id). */
interface AwaitingStartup {
  _id: string;
  deliveryIds: string[];
}

/**
 * The deliveries collection. Inserts rely on the unique `_id` (the business key); every change
 * of an existing record is a compare-and-set on its state, made while holding the record's
 * aggregate lock (FerretDB loses concurrent updates of one document; the outbox relay takes the
 * same lock), and carries the events it causes in the same single-document write.
 *
 * Every read and write on the sending path addresses one record by `_id` (with its state for a
 * compare-and-set): upstream FerretDB 1.x on SQLite answers only a bare `_id` from an index and
 * scans the whole collection for any other filter (measured: ~0.9 s per query at 3,000 records on
 * an idle machine). Our build narrows `{_id, ...}` and equality on a state or a flag through the
 * indexes (infra/ferretdb/patches/), but the rest of a filter (`nextAttemptAt`, `sendingSince`)
 * is still applied to every record in that state, so the filtered queries (`due`, `find`) stay
 * the worker's slow safety scan and the daily digest's. Matches waiting for their startup are
 * listed per startup in the `awaiting_startups` collection, keyed by the startup id, for the same
 * reason.
 */
export class DeliveryStore {
  readonly collection: Collection<DeliveryRecord>;

  constructor(
    db: Db,
    readonly locks: AggregateLocks,
    private readonly eventsAdded: (deliveryId: string) => void,
  ) {
    this.collection = db.collection<DeliveryRecord>('deliveries');
    this.#awaiting = db.collection<AwaitingStartup>('awaiting_startups');
    this.#byId = new BatchedFindById(this.collection);
    this.#inserts = new BatchedInsert(this.collection);
  }

  /** The consumer's new records, those created together written by one insert. */
  readonly #inserts: BatchedInsert<DeliveryRecord>;

  /** The senders' reads of records, several at once answered by one query. */
  readonly #byId: BatchedFindById<DeliveryRecord>;

  readonly #awaiting: Collection<AwaitingStartup>;

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex(OUTBOX_INDEX);
    await this.collection.createIndex({ state: 1, nextAttemptAt: 1 });
    await this.collection.createIndex({ startupId: 1, state: 1 });
  }

  /**
   * Insert the record unless one with this `_id` exists; true when this call created it. Records
   * created at once (a round of match.found, see the subscription) go in one insert.
   */
  create(record: Omit<DeliveryRecord, 'outbox' | 'outboxPending' | 'outboxSeq'>): Promise<boolean> {
    return this.#inserts.insert({ ...record, ...outboxOnCreate([]) } as DeliveryRecord);
  }

  get(id: string): Promise<DeliveryRecord | null> {
    return this.#byId.find(id);
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

  /** Remember that delivery `id` waits for the registration of `startupId`. */
  async noteAwaiting(startupId: string, id: string): Promise<void> {
    await this.#awaiting.updateOne(
      { _id: startupId },
      { $addToSet: { deliveryIds: id } },
      { upsert: true },
    );
  }

  /**
   * Matches that waited for their startup's registration become due now; returns their ids.
   * A delivery noted between the read and the delete here is not lost: it is looked at again
   * at its own recheck time.
   */
  async wakeAwaiting(startupId: string): Promise<string[]> {
    const waiting = await this.#awaiting.findOneAndDelete({ _id: startupId });
    const woken: string[] = [];
    for (const id of waiting?.deliveryIds ?? []) {
      const due = { state: 'awaiting_startup' as const, nextAttemptAt: new Date(0) };
      if (await this.locked(id, () => this.transition(id, 'awaiting_startup', due))) woken.push(id);
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
    const states: readonly DeliveryState[] = typeof from === 'string' ? [from] : from;
    const update: Record<string, Record<string, unknown>> = {
      $set: { ...set, updatedAt: new Date() },
    };
    if (unset.length > 0) update.$unset = Object.fromEntries(unset.map((k) => [k, '']));
    // One compare-and-set write; the `_id` in the filter is what the index answers.
    const res = await this.collection.updateOne(
      { _id: id, state: { $in: [...states] } },
      withOutbox(update, events) as never,
    );
    if (res.matchedCount === 1 && events.length > 0) this.eventsAdded(id);
    return res.matchedCount === 1;
  }
}
