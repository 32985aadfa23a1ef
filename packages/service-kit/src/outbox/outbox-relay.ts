import { type EventEnvelope, encodeEvent } from '@citymatch/events';
import type { Producer } from 'kafkajs';
import type { Collection, Document } from 'mongodb';
import type { Logger } from 'pino';
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
  /** First idle poll interval (default 200 ms); `notify()` wakes the relay sooner. */
  pollMs?: number;
  /**
   * Idle polls back off, doubling from `pollMs` up to this (default 5 s): each poll is a query
   * over the whole collection on FerretDB, and writers on this replica call `notify()` anyway,
   * so the poll only finds what another process left (a crashed replica's events).
   */
  maxIdlePollMs?: number;
  /** Longest wait between tries while Kafka is unreachable (default 5 s). */
  maxBackoffMs?: number;
  /** Topic override (tests publish to unique topics). Default: the event type's topic. */
  topicFor?: (event: EventEnvelope) => string;
  onPublished?: (count: number) => void;
}

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

  constructor(opts: OutboxRelayOptions) {
    this.#o = {
      batchSize: 500,
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

  /** Wake the relay now (call after a write that added events). */
  notify(): void {
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
      while ((await this.publishOnce()) > 0) {}
    } catch (err) {
      this.#o.log.warn({ err }, 'outbox: could not flush on stop; events stay pending');
    }
  }

  async #run(): Promise<void> {
    let backoff = this.#o.pollMs;
    let idle = this.#o.pollMs;
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
      if (sent > 0 || this.#nudged) idle = this.#o.pollMs;
      else {
        await this.#sleep(idle);
        idle = Math.min(idle * 2, Math.max(this.#o.pollMs, this.#o.maxIdlePollMs));
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

  /** One round: lock, send, remove, unlock. Returns the number of events sent. */
  async publishOnce(): Promise<number> {
    const { collection, batchSize, locks } = this.#o;
    const candidates = await collection
      .find({ outboxPending: true }, { projection: { _id: 1 } })
      .limit(batchSize)
      .toArray();
    if (candidates.length === 0) return 0;
    const { token, locked } = await locks.tryLockMany(candidates.map((c) => String(c._id)));
    try {
      if (locked.length === 0) return 0;
      const docs = (
        (await collection
          .find({ _id: { $in: locked as never[] }, outboxPending: true })
          .toArray()) as unknown as OutboxFields[]
      ).map((doc) => ({ ...doc, outbox: (doc.outbox ?? []).map(storedEvent) }) as OutboxDoc);
      const sent = await this.#send(docs);
      await this.#remove(docs);
      this.#o.onPublished?.(sent);
      return sent;
    } finally {
      await locks.releaseMany(locked, token);
    }
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
   * Remove the sent events (the lock is held, so nothing was added meanwhile; `outboxSeq` is
   * compared as well). One update per distinct `outboxSeq` rather than one per aggregate:
   * FerretDB scans for each update, so fewer, wider updates are much faster. `outboxPending`
   * narrows that scan to the pending documents where FerretDB pushes equality down (PostgreSQL).
   */
  async #remove(docs: OutboxDoc[]): Promise<void> {
    const bySeq = new Map<number, unknown[]>();
    for (const doc of docs)
      bySeq.set(doc.outboxSeq, [...(bySeq.get(doc.outboxSeq) ?? []), doc._id]);
    for (const [outboxSeq, ids] of bySeq) {
      await this.#o.collection.updateMany(
        { _id: { $in: ids as never[] }, outboxPending: true, outboxSeq },
        { $set: { outbox: [], outboxPending: false } },
      );
    }
  }
}
