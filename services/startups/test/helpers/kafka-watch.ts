import { Topics } from '@citymatch/events';
import { serverUrls, uniqueName } from '@citymatch/service-kit';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import type { Test } from 'tap';

/**
 * Watch a topic from its current end: other tests publish to the same topic, so callers
 * filter by message key (the aggregate id). Start it after the app is ready (topics exist).
 */
export async function watchTopic(t: Test, topic: string = Topics.startups) {
  const kafka = new Kafka({
    clientId: 'startups-test',
    brokers: serverUrls().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: uniqueName('startups-test') });
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
    /** Wait until `count` messages keyed `key` arrived; returns them in arrival order. */
    async waitFor(key: string, count: number, timeoutMs = 30_000): Promise<KafkaMessage[]> {
      const deadline = Date.now() + timeoutMs;
      while (keyed(key).length < count) {
        if (Date.now() > deadline) {
          throw new Error(`saw ${keyed(key).length} of ${count} messages keyed ${key}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return keyed(key);
    },
  };
}
