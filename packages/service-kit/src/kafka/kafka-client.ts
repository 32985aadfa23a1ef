import { dlqTopic } from '@citymatch/events';
import { Kafka, type KafkaConfig, logLevel, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { createTopicsWithLeaders } from './create-topics.js';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own logs go to the service's pino logger. */
export function createKafka(opts: {
  brokers: string[];
  clientId: string;
  log: Logger;
  retry?: KafkaConfig['retry'];
}): Kafka {
  return new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: logLevel.WARN,
    retry: opts.retry ?? { initialRetryTime: 200, retries: 8, maxRetryTime: 5000 },
    logCreator:
      () =>
      ({ level, log }) => {
        const { message, ...extra } = log;
        opts.log[LEVELS[level] ?? 'info']({ kafka: extra }, message);
      },
  });
}

/**
 * The producer every publisher uses: idempotent (the broker drops retried duplicates), acks from
 * all in-sync replicas, one request in flight so retries never reorder one key's messages.
 */
export function createIdempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
}

/** Create the topics and their dead-letter topics when missing (topics are never auto-created). */
export async function ensureTopics(
  kafka: Kafka,
  topics: readonly string[],
  opts: { partitions?: number; replicationFactor?: number } = {},
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const wanted = topics.flatMap((t) => [t, dlqTopic(t)]).filter((t) => !existing.has(t));
    if (wanted.length === 0) return;
    await createTopicsWithLeaders(
      admin,
      wanted.map((topic) => ({
        topic,
        numPartitions: topic.endsWith('.dlq') ? 1 : (opts.partitions ?? 6),
        replicationFactor: opts.replicationFactor ?? 1,
      })),
    );
  } finally {
    await admin.disconnect();
  }
}
