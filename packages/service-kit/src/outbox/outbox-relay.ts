import { type EventEnvelope, encodeEvent } from '@citymatch/events';
import type { Producer } from 'kafkajs';
import type { Collection, Document } from 'mongodb';
import type { Logger } from 'pino';
import { findByIds } from '../find-by-ids.js';
import type { AggregateLocks } from '../locks/aggregate-locks.js';
import { OutboxSendSpans } from '../telemetry/event-trace.js';
import { type OutboxFields, storedEvent } from './outbox-fields.js';

export interface OutboxRelayOptions {
  /** The aggregate collection whose documents carry an outbox (see outbox-fields.ts). */
  collection: Collection<Document>;
  /** The aggregates' write locks; every writer of these documents takes them. */
  locks: AggregateLocks;
  /** An idempotent producer (createIdempotentProducer), connected. */
  producer: Producer;
  log: Logger;
  /** Aggregates claimed per round (default 500). */
  batchSize?: number;
  /**
   * A round's aggregates are read, sent and cleared in chunks of this many (default 50), up to
   * `chunksInFlight` chunks at once (default 3), so one chunk's read and clear in the database
   * overlap another's send to Kafka instead of waiting for it.
   */
  chunkSize?: number;
  chunksInFlight?: number;
  /** First idle poll interval (default 200 ms); `notify()` wakes the relay sooner. */
  pollMs?: number;
  /**
   * Idle polls back off, doubling from `pollMs` up to this (default 5 s): writers on this replica
   * call `notify()` anyway, so the poll only finds what another process left (a crashed
   * replica's events). On upstream FerretDB each poll read the whole collection; our build
   * answers `{outboxPending: true}` from OUTBOX_INDEX (infra/ferretdb/patches/0003).
   */
  maxIdlePollMs?: number;
  /** Longest wait between tries while Kafka is unreachable (default 5 s). */
  maxBackoffMs?: number;
  /** Topic override (tests publish to unique topics). Default: the event type's topic. */
  topicFor?: (event: EventEnvelope) => string;
  onPublished?: (count: number) => void;
}

const OUTBOX_PROJECTION = { outbox: 1, outboxPending: 1, outboxSeq: 1 };

/** First wait before an aggregate a writer still holds is tried again (doubling up to pollMs). */
const FIRST_BUSY_RETRY_MS = 5;

/** An aggregate document as read, its outbox entries decoded to the events they hold. */
type OutboxDoc = Document & Omit<OutboxFields, 'outbox'> & { outbox: EventEnvelope[] };

/**
 * Publishes the events waiting in aggregates' outboxes, in order per aggregate, then removes
 * them. Several relays may run at once: a relay holds an aggregate's write lock while it
 * publishes it, so only one relay sends its events at a time and no write interleaves. A crash
 * after sending and before removing sends them again (at-least-once); consumers drop
 * duplicates by event id.
 */
export class OutboxRelay {
  readonly #o: Required<Omit<OutboxRelayOptions, 'topicFor' | 'onPublished'>> &
    Pick<OutboxRelayOptions, 'topicFor' | 'onPublished'>;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #nudged = false;
  /** Aggregates a writer on this replica just gave events: read by `_id`, no scan needed. */
  readonly #pending = new Set<string>();
  /** The next round scans the collection for pending outboxes (first round, polls, notify()). */
  #scanDue = true;

  constructor(opts: OutboxRelayOptions) {
    this.#o = {
      batchSize: 500,
      chunkSize: 50,
      chunksInFlight: 3,
      pollMs: 200,
      maxIdlePollMs: 5_000,
      maxBackoffMs: 5_000,
      ...opts,
    };
  }

  /** Aggregates with unpublished events (the outbox backlog metric). */
  async backlog(): Promise<number> {
    return this.#o.collection.countDocuments({ outboxPending: true });
  }

  /**
   * Wake the relay now: call after a write that added events, with the aggregate's id. The relay
   * then reads that document by `_id`; without an id it scans the collection for pending
   * outboxes (on FerretDB a scan reads every document, a lookup by `_id` uses the index).
   */
  notify(aggregateId?: string): void {
    if (aggregateId === undefined) this.#scanDue = true;
    else this.#pending.add(aggregateId);
    this.#nudged = true;
    this.#wake?.();
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stop after the round in flight, then publish what is left once more (best effort). */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    try {
      for (;;) {
        this.#scanDue = true;
        if ((await this.publishOnce()) === 0) break;
      }
    } catch (err) {
      this.#o.log.warn({ err }, 'outbox: could not flush on stop; events stay pending');
    }
  }

  async #run(): Promise<void> {
    let backoff = this.#o.pollMs;
    let idle = this.#o.pollMs;
    let busy = FIRST_BUSY_RETRY_MS;
    while (this.#running) {
      let sent = 0;
      try {
        sent = await this.publishOnce();
        backoff = this.#o.pollMs;
      } catch (err) {
        this.#o.log.warn({ err, retryInMs: backoff }, 'outbox: publish failed; will retry');
        await this.#sleep(backoff);
        backoff = Math.min(backoff * 2, this.#o.maxBackoffMs);
        continue;
      }
      if (sent > 0 || this.#nudged) {
        idle = this.#o.pollMs;
        busy = FIRST_BUSY_RETRY_MS;
      } else if (this.#pending.size > 0) {
        // Aggregates a writer still holds: writers notify before they release the lock, so the
        // lock is usually free within milliseconds. Look again soon, backing off to `pollMs`.
        await this.#sleep(busy);
        busy = Math.min(busy * 2, this.#o.pollMs);
      } else {
        await this.#sleep(idle);
        idle = Math.min(idle * 2, Math.max(this.#o.pollMs, this.#o.maxIdlePollMs));
        this.#scanDue = true;
      }
      this.#nudged = false;
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  /**
   * One round: lock the aggregates, then read, send, remove and unlock them chunk by chunk,
   * several chunks at once. Each aggregate is in one chunk, whose events go in one batch in
   * outbox order, so per-aggregate order holds however the chunks interleave. Returns the number
   * of events sent; a chunk that failed goes back to pending and its error is thrown once every
   * chunk has ended.
   */
  async publishOnce(): Promise<number> {
    const ids = this.#pending.size > 0 ? this.#takePending() : await this.#scanIfDue();
    if (ids.length === 0) return 0;
    const { token, locked } = await this.#o.locks.tryLockMany(ids);
    const held = new Set(locked);
    for (const id of ids) if (!held.has(id)) this.#pending.add(id); // a writer has it: later
    const chunks: string[][] = [];
    for (let i = 0; i < locked.length; i += this.#o.chunkSize) {
      chunks.push(locked.slice(i, i + this.#o.chunkSize));
    }
    let sent = 0;
    let failure: { err: unknown } | undefined;
    const work = async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        try {
          const n = await this.#publishChunk(chunk, token);
          sent += n;
          this.#o.onPublished?.(n);
        } catch (err) {
          for (const id of chunk) this.#pending.add(id); // tried again after the backoff
          failure ??= { err };
        }
      }
    };
    await Promise.all(Array.from({ length: this.#o.chunksInFlight }, work));
    if (failure) throw failure.err;
    return sent;
  }

  /** Read, send and remove the events of locked aggregates, then release their locks. */
  async #publishChunk(ids: string[], token: string): Promise<number> {
    try {
      const docs = await this.#read(ids);
      const sent = await this.#send(docs);
      await this.#remove(docs, token);
      return sent;
    } finally {
      await this.#o.locks.releaseMany(ids, token);
    }
  }

  #takePending(): string[] {
    const ids = [...this.#pending].slice(0, this.#o.batchSize);
    for (const id of ids) this.#pending.delete(id);
    return ids;
  }

  async #scanIfDue(): Promise<string[]> {
    if (!this.#scanDue) return [];
    const { collection, batchSize } = this.#o;
    const found = await collection
      .find({ outboxPending: true }, { projection: { _id: 1 } })
      .limit(batchSize)
      .toArray();
    this.#scanDue = found.length === batchSize; // a full batch: there may be more
    return found.map((doc) => String(doc._id));
  }

  /**
   * The locked aggregates' outboxes that have events to send (one `$in` read by `_id`), without
   * the rest of each document (a challenge's shortlist, a delivery's matches).
   */
  async #read(ids: string[]): Promise<OutboxDoc[]> {
    const docs = await findByIds(this.#o.collection, ids, { projection: OUTBOX_PROJECTION });
    return (docs as unknown as OutboxFields[])
      .filter((doc) => doc.outboxPending === true)
      .map((doc) => ({ ...doc, outbox: (doc.outbox ?? []).map(storedEvent) }) as OutboxDoc);
  }

  async #send(docs: OutboxDoc[]): Promise<number> {
    const byTopic = new Map<
      string,
      { key: string; value: Buffer; headers: Record<string, string> }[]
    >();
    const spans = new OutboxSendSpans();
    let count = 0;
    for (const doc of docs) {
      for (const event of doc.outbox ?? []) {
        const encoded = encodeEvent(event);
        const topic = this.#o.topicFor?.(event) ?? encoded.topic;
        const list = byTopic.get(topic) ?? [];
        list.push({
          key: encoded.key,
          value: encoded.value,
          headers: spans.add(topic, event, encoded),
        });
        byTopic.set(topic, list);
        count++;
      }
    }
    if (count === 0) return 0;
    await spans.around(
      this.#o.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      }),
    );
    return count;
  }

  /**
   * Remove the sent events. Where this relay still holds the aggregate's lock (extended first),
   * no writer can have added events since the read, so the clear is one write by `_id` (`$in`)
   * for all of them. Where the lock expired meanwhile (a send that
   * outlived it), the clear compares `outboxSeq` as well and leaves an aggregate with newer
   * events pending: its events go again, consumers drop the copies by event id.
   */
  async #remove(docs: OutboxDoc[], token: string): Promise<void> {
    const { collection, locks } = this.#o;
    const held = new Set(
      await locks.extendMany(
        docs.map((doc) => String(doc._id)),
        token,
      ),
    );
    const clear = { $set: { outbox: [], outboxPending: false } };
    const mine = docs.filter((doc) => held.has(String(doc._id))).map((doc) => doc._id);
    if (mine.length > 0) await collection.updateMany({ _id: { $in: mine } }, clear);
    for (const doc of docs.filter((d) => !held.has(String(d._id)))) {
      await collection.updateOne(
        { _id: doc._id, outboxPending: true, outboxSeq: doc.outboxSeq },
        clear,
      );
    }
  }
}
