import { serverUrls, topicOffsets, uniqueName } from '@citymatch/service-kit';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';

interface Teardown {
  teardown(fn: () => unknown): void;
}

export interface TopicWatch {
  /** Every message seen so far with this key, in arrival order. */
  keyed(key: string): KafkaMessage[];
  /** Every message seen so far. */
  all(): KafkaMessage[];
  /** Wait until `count` messages keyed `key` arrived; returns them in arrival order. */
  waitFor(key: string, count: number, timeoutMs?: number): Promise<KafkaMessage[]>;
}

/** A kafkajs client on the test servers, quiet. */
export function testKafka(clientId = 'citymatch-test'): Kafka {
  return new Kafka({ clientId, brokers: serverUrls().kafkaBrokers, logLevel: logLevel.NOTHING });
}

/** Each partition's low and high offsets of `topic`. */
async function readTopicOffsets(kafka: Kafka, topic: string) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await topicOffsets(admin, topic);
  } finally {
    await admin.disconnect();
  }
}

/**
 * Watch a topic from its current end. Other tests publish to the same topic, so callers filter by
 * message key (the aggregate id). Start it once the topic exists (after the app is ready).
 */
export async function watchTopic(t: Teardown, topic: string): Promise<TopicWatch> {
  const kafka = testKafka();
  const offsets = await readTopicOffsets(kafka, topic);
  const consumer = kafka.consumer({ groupId: uniqueName('watch') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: KafkaMessage[] = [];
  await consumer.run({
    eachMessage: async ({ message }) => {
      seen.push(message);
    },
  });
  for (const o of offsets) consumer.seek({ topic, partition: o.partition, offset: o.high });
  t.teardown(() => consumer.disconnect());

  const keyed = (key: string) => seen.filter((m) => m.key?.toString() === key);
  return {
    keyed,
    all: () => [...seen],
    async waitFor(key, count, timeoutMs = 30_000) {
      await waitUntil(() => keyed(key).length >= count, {
        timeoutMs,
        what: () => `${count} messages keyed ${key} on ${topic} (saw ${keyed(key).length})`,
      });
      return keyed(key);
    },
  };
}

/** Poll `check` until it holds; throws naming what was awaited when `timeoutMs` passes. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  opts: { timeoutMs?: number; intervalMs?: number; what?: () => string } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  while (!(await check())) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${opts.what?.() ?? 'condition'}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}

/** Every message on `topic` from its start (a topic of this test's own), read once. */
export async function readTopic(topic: string, timeoutMs = 30_000): Promise<KafkaMessage[]> {
  const kafka = testKafka();
  const offsets = await readTopicOffsets(kafka, topic);
  const total = offsets.reduce((n, o) => n + Number(o.high) - Number(o.low), 0);
  const consumer = kafka.consumer({ groupId: uniqueName('read-topic') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: KafkaMessage[] = [];
  await consumer.run({
    eachMessage: async ({ message }) => {
      seen.push(message);
    },
  });
  try {
    await waitUntil(() => seen.length >= total, {
      timeoutMs,
      what: () => `${total} messages of ${topic} (read ${seen.length})`,
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}
