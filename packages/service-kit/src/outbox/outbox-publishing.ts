import type { Admin } from 'kafkajs';
import type { Collection, Document } from 'mongodb';
import { createIdempotentProducer, createKafka, ensureTopics } from '../kafka/kafka-client.js';
import type { AggregateLocks } from '../locks/aggregate-locks.js';
import { OutboxRelay } from './outbox-relay.js';

type Log = Parameters<typeof createKafka>[0]['log'];

export interface Publishing {
  /** Wake the relay: a write just added events to this aggregate (no id: scan for them). */
  notify(aggregateId?: string): void;
  /** Ensure the topics, connect the producer, start the relay over `collection`. */
  start(collection: Collection<Document>): Promise<void>;
  /** Stop the relay (it flushes once more), disconnect. */
  stop(): Promise<void>;
  /** Kafka answers (for /health/ready). */
  ping(): Promise<void>;
  /** Aggregates whose events wait in their outbox (0 before the relay starts). */
  backlog(): Promise<number>;
}

/** The outbox relay of a service's aggregate collection and the Kafka clients it needs. */
export function createPublishing(opts: {
  /** Kafka client id: the service's name. */
  clientId: string;
  /** Topics the service publishes to; created (with their DLQs) when missing. */
  topics: readonly string[];
  brokers: string[];
  locks: AggregateLocks;
  log: Log;
  pollMs: number;
  onPublished?: (count: number) => void;
  /** Publish every event to this topic instead of its type's (end-to-end runs use unique ones). */
  topic?: string;
}): Publishing {
  const kafka = createKafka({ brokers: opts.brokers, clientId: opts.clientId, log: opts.log });
  const producer = createIdempotentProducer(kafka);
  let admin: Admin | undefined;
  let relay: OutboxRelay | undefined;
  return {
    notify: (aggregateId) => relay?.notify(aggregateId),
    async start(collection) {
      await ensureTopics(kafka, opts.topics);
      await producer.connect();
      admin = kafka.admin();
      await admin.connect();
      relay = new OutboxRelay({
        collection,
        locks: opts.locks,
        producer,
        log: opts.log,
        pollMs: opts.pollMs,
        ...(opts.onPublished ? { onPublished: opts.onPublished } : {}),
        ...(opts.topic ? { topicFor: () => opts.topic as string } : {}),
      });
      relay.start();
    },
    async stop() {
      await relay?.stop();
      await producer.disconnect().catch(() => undefined);
      await admin?.disconnect().catch(() => undefined);
    },
    backlog: async () => (relay ? relay.backlog() : 0),
    async ping() {
      if (!admin) throw new Error('not connected');
      await admin.describeCluster();
    },
  };
}
