import {
  decodeEvent,
  EventDecodeError,
  type EventEnvelope,
  type EventType,
} from '@citymatch/events';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { Redis } from 'ioredis';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { startMessageSpan } from '../telemetry/event-trace.js';
import { runInSpan } from '../telemetry/messaging-spans.js';
import { sendToDeadLetter } from './dead-letter.js';
import { ProcessedMarks } from './processed-marks.js';

/** What a service does with one event type. Listed in the service's `src/events/subscriptions.ts`. */
export interface Subscription<T extends EventType = EventType> {
  type: T;
  /** The effect. Throwing retries it with backoff; after the last try the message is parked. */
  handle(event: EventEnvelope<T>, meta: MessageMeta): Promise<void>;
  /** A business key: a second event with the same key is a duplicate (one email per pair). */
  businessKey?(event: EventEnvelope<T>): string | undefined;
  /**
   * The effects of different events of this type do not depend on each other or on their order
   * (notifications: one delivery record per match). Consecutive events of the type in a round
   * then run at once, each in its own span with its own retries, so a store can answer them
   * with one write (BatchedInsert). Two with the same event id or business key never run at
   * once: the second waits and is dropped as the duplicate it is.
   */
  independent?: boolean;
}

export interface MessageMeta {
  topic: string;
  partition: number;
  offset: string;
  attempt: number;
}

export interface ConsumerRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: readonly string[];
  subscriptions: readonly Subscription<never>[] | readonly Subscription[];
  redis: Redis;
  /** Producer for dead letters (idempotent, connected). */
  producer: Producer;
  log: Logger;
  /** Tries per message before it is parked (default 5). */
  attempts?: number;
  /** First retry delay, doubled each try up to maxBackoffMs (defaults 100 ms, 5 s). */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  fromBeginning?: boolean;
  /**
   * Partitions handled at once (default 1). Order within a partition (so per aggregate) is
   * kept; more than one lets a backlog on one topic not hold back another (notifications:
   * thousands of match.found must not delay the startup.registered they wait for).
   */
  partitionsConsumedConcurrently?: number;
  /**
   * Messages per round (default 100): a round's duplicate check is one MGET and the marks of
   * the effects done in it one script call, written before any of their offsets is committed.
   */
  markBatchSize?: number;
  /**
   * Test hook: called after the effect and its marks, before the offset is committed. The
   * effects of the next round may be running already (a round's marks are written meanwhile).
   */
  afterEffect?: (event: EventEnvelope, meta: MessageMeta) => Promise<void> | void;
  onOutcome?: (outcome: 'done' | 'duplicate' | 'ignored' | 'dead_letter', type: string) => void;
}

/**
 * Rounds whose marks may be on their way to Redis at once. With one, a round's effects waited
 * for the round before's marks (in the consumer bench ~0.4 ms a round, about as long as the
 * round's effects): a slow Redis slowed every effect.
 */
const MARK_ROUNDS_IN_FLIGHT = 4;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The marks of a decoded message or of a done effect. */
const marked = (it: { event?: EventEnvelope; businessKey?: string | undefined }) => ({
  eventId: it.event!.id,
  businessKey: it.businessKey,
});

/** The keys a done effect claims within a batch: its event id, and its business key if any. */
const claimKeys = (event: EventEnvelope, businessKey: string | undefined): string[] =>
  businessKey ? [`id:${event.id}`, `bk:${businessKey}`] : [`id:${event.id}`];

/** A message of a batch, decoded (or not) and matched to its subscription. */
interface Prepared {
  message: KafkaMessage;
  event?: EventEnvelope;
  decodeError?: Error;
  sub?: Subscription | undefined;
  businessKey?: string | undefined;
  /** Marked as done in Redis when its batch started. */
  seen: boolean;
}

/** An effect done in this round: its marks are written once for the round. */
interface Done {
  event: EventEnvelope;
  businessKey: string | undefined;
  meta: MessageMeta;
}

/**
 * At-least-once consumption with idempotent effects: an offset is committed only after its
 * message's effect; duplicates (same event id, or same business key) are dropped; a failing
 * message is retried with exponential backoff, then parked in `<topic>.dlq` with the error in
 * its headers, and the consumer goes on with the next one.
 *
 * The effects run one after another in offset order (a run of independent ones at once), in
 * rounds of `markBatchSize`. The duplicate checks of all rounds (an MGET each) are sent when the
 * batch starts; a round's marks are written while the next rounds' effects run, and only then
 * may its offsets be committed. The checks cannot see the marks written during the batch, so
 * the effects done in the batch are remembered in memory too. A crash after an effect and
 * before its round's marks are written redelivers the message and runs the effect again:
 * handlers make their effect idempotent on their own store (upsert by id, unique business key),
 * the marks make the common case cheap.
 */
export class ConsumerRunner {
  readonly consumer: Consumer;
  readonly #o: ConsumerRunnerOptions;
  readonly #subs = new Map<string, Subscription>();
  readonly #marks: ProcessedMarks;
  /** When this runner last asked kafkajs to heartbeat (epoch ms). */
  #lastBeat = 0;

  constructor(opts: ConsumerRunnerOptions) {
    this.#o = opts;
    for (const sub of opts.subscriptions as readonly Subscription[]) this.#subs.set(sub.type, sub);
    this.#marks = new ProcessedMarks(opts.redis, opts.groupId);
    this.consumer = opts.kafka.consumer({
      groupId: opts.groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
    });
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    for (const topic of this.#o.topics) {
      await this.consumer.subscribe({ topic, fromBeginning: this.#o.fromBeginning ?? true });
    }
    await this.consumer.run({
      autoCommit: true,
      autoCommitInterval: 1000,
      autoCommitThreshold: 1000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.#o.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.#eachBatch(payload),
    });
  }

  /** Stop fetching, finish the message in flight, commit what is done, leave the group. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  /**
   * The batch in rounds of `markBatchSize`. Each round's duplicate check is one MGET, all sent
   * when the batch starts (Redis answers the first while it reads the rest). Each round's marks
   * are one script call, sent when its effects are done; up to `MARK_ROUNDS_IN_FLIGHT` rounds'
   * marks are on their way while the next effects run. A round's offsets are resolved once its
   * marks and those of every round before it are written, so a commit never covers an effect
   * whose mark could be lost.
   */
  async #eachBatch(p: EachBatchPayload): Promise<void> {
    const { topic, partition, messages } = p.batch;
    const size = this.#o.markBatchSize ?? 100;
    const rounds: Prepared[][] = [];
    for (let i = 0; i < messages.length; i += size) {
      rounds.push(messages.slice(i, i + size).map((message) => this.#prepare(message)));
    }
    const wanted = () => p.isRunning() && !p.isStale();
    const lookups = rounds.map((round) => this.#lookUp(round, wanted));
    for (const lookup of lookups) lookup.catch(() => undefined); // awaited in turn below
    // `id:<event id>` and `bk:<business key>` of the effects done in this batch
    const claimed = new Set<string>();
    const finishing: Promise<void>[] = [];
    let previous: Promise<void> = Promise.resolve();
    for (let i = 0; i < rounds.length; i++) {
      if (!wanted()) break;
      const chunk = rounds[i]!;
      await lookups[i];
      const round = await this.#effects(topic, partition, chunk, claimed, p);
      previous = this.#finish(round, p, previous);
      previous.catch(() => undefined); // awaited, and so thrown, before the batch ends
      finishing.push(previous);
      if (finishing.length >= MARK_ROUNDS_IN_FLIGHT) await finishing.shift();
      await p.commitOffsetsIfNecessary();
      if (round.processed.length < chunk.length) break;
    }
    await previous;
    await p.commitOffsetsIfNecessary();
    await p.heartbeat();
  }

  /**
   * Set `seen` on a round's decoded items that have a subscription: one MGET, asked again while
   * Redis is unreachable and the batch is still wanted.
   */
  async #lookUp(items: Prepared[], wanted: () => boolean): Promise<void> {
    const checked = items.filter((it) => it.sub && it.event);
    if (checked.length === 0) return;
    const found = await this.#infra(() => this.#marks.seenMany(checked.map(marked)), wanted);
    for (let k = 0; k < checked.length; k++) checked[k]!.seen = found[k] ?? false;
  }

  /**
   * A round's effects, in order; a run of independent ones (see `Subscription.independent`) at
   * once. Stops early (fewer processed) when the consumer is stopping.
   */
  async #effects(
    topic: string,
    partition: number,
    items: Prepared[],
    claimed: Set<string>,
    p: EachBatchPayload,
  ): Promise<{ done: Done[]; processed: KafkaMessage[] }> {
    const done: Done[] = [];
    const processed: KafkaMessage[] = [];
    for (let k = 0; k < items.length; ) {
      if (!p.isRunning() || p.isStale()) break;
      const run = this.#independentRun(items, k, claimed);
      // one effect (the common case) is awaited alone: no Promise.all and its arrays per message
      const finished =
        run.length === 1
          ? [await this.#process(topic, partition, run[0]!, claimed, p.heartbeat)]
          : await Promise.all(
              run.map((it) => this.#process(topic, partition, it, claimed, p.heartbeat)),
            );
      for (let j = 0; j < run.length; j++) {
        const f = finished[j];
        if (f) done.push(f);
        processed.push(run[j]!.message);
      }
      k += run.length;
      if (this.#beatDue()) await p.heartbeat();
    }
    return { done, processed };
  }

  /**
   * Whether to heartbeat after this effect: at most once a second, since kafkajs sends one only
   * every `heartbeatInterval` (3 s) anyway, and asking it after every message cost ~3 µs per
   * event (its shared-promise wrapper), a tenth of the runner's time in the consumer bench. A
   * slow handler still heartbeats while it retries (see #handle), and each batch ends with one.
   * A plain check, not an async method: that cost a promise per message.
   */
  #beatDue(): boolean {
    const now = Date.now();
    if (now - this.#lastBeat < 1000) return false;
    this.#lastBeat = now;
    return true;
  }

  /**
   * The items from `k` that may run at once: the item at `k`, and after it, while they are
   * events of the same independent subscription, not done before, each id and business key
   * seen once. Just the item at `k` otherwise.
   */
  #independentRun(items: Prepared[], k: number, claimed: Set<string>): Prepared[] {
    const first = items[k]!;
    if (!first.sub?.independent || !first.event) return [first];
    const keys = new Set<string>();
    const run: Prepared[] = [];
    for (let j = k; j < items.length; j++) {
      const it = items[j]!;
      if (it.sub !== first.sub || !it.event || it.seen) break;
      const own = claimKeys(it.event, it.businessKey);
      if (own.some((key) => keys.has(key) || claimed.has(key))) break;
      for (const key of own) keys.add(key);
      run.push(it);
    }
    return run.length > 0 ? run : [first];
  }

  /**
   * After a round's effects: one round trip writes the marks of those done (sent at once); once
   * they and the rounds before (`previous`) are finished, `afterEffect` and the outcomes, then
   * its offsets are resolved (committed by the next commit).
   */
  async #finish(
    { done, processed }: { done: Done[]; processed: KafkaMessage[] },
    p: EachBatchPayload,
    previous: Promise<void>,
  ): Promise<void> {
    const marking = this.#infra(() => this.#marks.markMany(done.map(marked)));
    await previous;
    await marking;
    const { afterEffect, onOutcome } = this.#o;
    for (const { event, meta } of done) {
      if (afterEffect) await afterEffect(event, meta);
      onOutcome?.('done', event.type);
    }
    const last = processed.at(-1);
    if (last) p.resolveOffset(last.offset);
  }

  #prepare(message: KafkaMessage): Prepared {
    try {
      const event = decodeEvent(message);
      const sub = this.#subs.get(event.type);
      return { message, event, sub, businessKey: sub?.businessKey?.(event), seen: false };
    } catch (err) {
      return { message, decodeError: err as Error, seen: false };
    }
  }

  /** One message, inside its CONSUMER span: the handler's logs, calls and events join its trace. */
  #process(
    topic: string,
    partition: number,
    it: Prepared,
    claimed: Set<string>,
    heartbeat: () => Promise<void>,
  ): Promise<Done | undefined> {
    const span = startMessageSpan(topic, partition, it.message, this.#o.groupId, it.event);
    return runInSpan(span, () => this.#handle(topic, partition, it, claimed, heartbeat));
  }

  /** One message: parked, ignored, dropped as a duplicate, or its effect (returned as done). */
  async #handle(
    topic: string,
    partition: number,
    it: Prepared,
    claimed: Set<string>,
    heartbeat: () => Promise<void>,
  ): Promise<Done | undefined> {
    const { log, onOutcome } = this.#o;
    const { message, event, sub, businessKey } = it;
    if (!event) {
      const err = it.decodeError;
      const reason = err instanceof EventDecodeError ? err.reason : 'decode_error';
      log.warn({ topic, partition, offset: message.offset, reason }, 'undecodable message parked');
      await this.#park(topic, partition, message, reason, String(err?.message), 0);
      onOutcome?.('dead_letter', 'unknown');
      return;
    }
    if (!sub) {
      onOutcome?.('ignored', event.type);
      return;
    }
    // done before this batch (its marks were in Redis), or earlier in it (claimed)
    const keys = claimKeys(event, businessKey);
    if (it.seen || keys.some((key) => claimed.has(key))) {
      log.debug({ eventId: event.id, type: event.type, businessKey }, 'duplicate dropped');
      onOutcome?.('duplicate', event.type);
      return;
    }
    const attempts = this.#o.attempts ?? 5;
    let backoff = this.#o.initialBackoffMs ?? 100;
    for (let attempt = 1; ; attempt++) {
      const meta = { topic, partition, offset: message.offset, attempt };
      try {
        await sub.handle(event as never, meta);
      } catch (err) {
        if (attempt >= attempts) {
          log.error(
            { err, eventId: event.id, type: event.type, attempt },
            'handler failed; parked',
          );
          trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: 'parked' });
          await this.#park(
            topic,
            partition,
            message,
            'handler_error',
            String((err as Error)?.stack ?? err),
            attempt,
          );
          onOutcome?.('dead_letter', event.type);
          return;
        }
        log.warn(
          { err, eventId: event.id, type: event.type, attempt, retryInMs: backoff },
          'handler failed; retrying',
        );
        await sleep(backoff);
        await heartbeat();
        backoff = Math.min(backoff * 2, this.#o.maxBackoffMs ?? 5000);
        continue;
      }
      for (const key of keys) claimed.add(key);
      return { event, businessKey, meta };
    }
  }

  #park(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: string,
    error: string,
    attempts: number,
  ) {
    return this.#infra(() =>
      sendToDeadLetter(this.#o.producer, {
        topic,
        partition,
        message,
        group: this.#o.groupId,
        reason,
        error,
        attempts,
      }),
    );
  }

  /**
   * Redis or Kafka unreachable is not the message's fault: wait and try again, never skip. A call
   * made ahead for messages no longer `wanted` (the consumer stops, the partition was sought)
   * gives up instead.
   */
  async #infra<T>(fn: () => Promise<T>, wanted: () => boolean = () => true): Promise<T> {
    let backoff = 200;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        if (!wanted()) throw err;
        this.#o.log.warn(
          { err, retryInMs: backoff },
          'consumer: infrastructure call failed; retrying',
        );
        await sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }
}
