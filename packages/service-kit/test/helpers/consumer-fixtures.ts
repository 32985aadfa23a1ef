import { type EventEnvelope, encodeEvent } from '@citymatch/events';
import { Redis } from 'ioredis';
import type { Kafka, Message } from 'kafkajs';
import { ConsumerRunner, type Subscription, serverUrls, uniqueName } from '../../src/index.js';
import { silentLog } from './kafka-fixtures.js';

export type Outcome = 'done' | 'duplicate' | 'ignored' | 'dead_letter';

/** A running ConsumerRunner on `topic` with the given subscriptions, counting its outcomes. */
export async function startRunner(
  kafka: Kafka,
  topic: string,
  subscriptions: Subscription[],
  extra: {
    attempts?: number;
    groupId?: string;
    markBatchSize?: number;
    onOutcome?: (o: Outcome, type: string) => void;
  } = {},
) {
  const redis = new Redis(serverUrls().redisUrl);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const outcomes: Record<Outcome, number> = { done: 0, duplicate: 0, ignored: 0, dead_letter: 0 };
  const runner = new ConsumerRunner({
    kafka,
    groupId: extra.groupId ?? uniqueName('group'),
    topics: [topic],
    subscriptions,
    redis,
    producer,
    log: silentLog,
    attempts: extra.attempts ?? 3,
    initialBackoffMs: 10,
    ...(extra.markBatchSize && { markBatchSize: extra.markBatchSize }),
    onOutcome: (o, type) => {
      outcomes[o]++;
      extra.onOutcome?.(o, type);
    },
  });
  await runner.start();
  return {
    runner,
    outcomes,
    producer,
    redis,
    total: () => Object.values(outcomes).reduce((a, b) => a + b, 0),
    async stop() {
      await runner.stop();
      await producer.disconnect();
      await redis.quit();
    },
  };
}

/** The Kafka message of an event, for a test topic. */
export function messageOf(event: EventEnvelope): Message {
  const { key, value, headers } = encodeEvent(event);
  return { key, value, headers };
}
