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
  /** Test hook: called after the effect and its marks, before the offset is committed. */
  afterEffect?: (event: EventEnvelope, meta: MessageMeta) => Promise<void> | void;
  onOutcome?: (outcome: 'done' | 'duplicate' | 'ignored' | 'dead_letter', type: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * At-least-once consumption with idempotent effects: an offset is committed only after its
 * message's effect; duplicates (same event id, or same business key) are dropped; a failing
 * message is retried with exponential backoff, then parked in `<topic>.dlq` with the error in
 * its headers, and the consumer goes on with the next one.
 *
 * A crash after the effect and before the marks are written redelivers the message and runs the
 * effect again: handlers make their effect idempotent on their own store (upsert by id, unique
 * business key), the marks make the common case cheap.
 */
export class ConsumerRunner {
  readonly consumer: Consumer;
  readonly #o: ConsumerRunnerOptions;
  readonly #subs = new Map<string, Subscription>();
  readonly #marks: ProcessedMarks;

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
      autoCommitThreshold: 100,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.#o.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.#eachBatch(payload),
    });
  }

  /** Stop fetching, finish the message in flight, commit what is done, leave the group. */
  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  async #eachBatch(p: EachBatchPayload): Promise<void> {
    const { batch } = p;
    for (const message of batch.messages) {
      if (!p.isRunning() || p.isStale()) break;
      await this.#process(batch.topic, batch.partition, message, p.heartbeat);
      p.resolveOffset(message.offset);
      await p.commitOffsetsIfNecessary();
      await p.heartbeat();
    }
  }

  /** One message, inside its CONSUMER span: the handler's logs, calls and events join its trace. */
  #process(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const span = startMessageSpan(topic, partition, message, this.#o.groupId);
    return runInSpan(span, () => this.#handle(topic, partition, message, heartbeat));
  }

  async #handle(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<void> {
    const { log, onOutcome } = this.#o;
    let event: EventEnvelope;
    try {
      event = decodeEvent(message);
    } catch (err) {
      const reason = err instanceof EventDecodeError ? err.reason : 'decode_error';
      log.warn({ topic, partition, offset: message.offset, reason }, 'undecodable message parked');
      await this.#park(topic, partition, message, reason, (err as Error).message, 0);
      onOutcome?.('dead_letter', 'unknown');
      return;
    }
    const sub = this.#subs.get(event.type);
    if (!sub) {
      onOutcome?.('ignored', event.type);
      return;
    }
    const businessKey = sub.businessKey?.(event);
    if (await this.#infra(() => this.#marks.seen(event.id, businessKey))) {
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
          await this.#park(
            topic,
            partition,
            message,
            'handler_error',
            String((err as Error)?.stack ?? err),
            attempt,
          );
          onOutcome?.('dead_letter', event.type);
          trace.getActiveSpan()?.setStatus({ code: SpanStatusCode.ERROR, message: 'parked' });
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
      await this.#infra(() => this.#marks.mark(event.id, businessKey));
      await this.#o.afterEffect?.(event, meta);
      onOutcome?.('done', event.type);
      return;
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

  /** Redis or Kafka unreachable is not the message's fault: wait and try again, never skip. */
  async #infra<T>(fn: () => Promise<T>): Promise<T> {
    let backoff = 200;
    for (;;) {
      try {
        return await fn();
      } catch (err) {
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
