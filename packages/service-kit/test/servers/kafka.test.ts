import { Kafka, logLevel } from 'kafkajs';
import t from 'tap';
import { createTopicsWithLeaders, serverUrls, uniqueName } from '../../src/index.js';

const kafka = new Kafka({
  clientId: 'infra-test',
  brokers: serverUrls().kafkaBrokers,
  logLevel: logLevel.NOTHING,
});

async function readN(groupId: string, topic: string, n: number): Promise<string[]> {
  const consumer = kafka.consumer({ groupId, sessionTimeout: 10000 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${seen.length}/${n} in time`)), 30000);
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ message, partition }) => {
          seen.push(message.value?.toString() ?? '');
          await consumer.commitOffsets([
            { topic, partition, offset: (BigInt(message.offset) + 1n).toString() },
          ]);
          if (seen.length >= n) {
            clearTimeout(timer);
            resolve();
          }
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return seen;
}

t.test('kafkajs: topic, idempotent producer, consumer group, committed offsets', async (t) => {
  const admin = kafka.admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const topic = uniqueName('infra-kafka');
  t.teardown(() => admin.deleteTopics({ topics: [topic] }).catch(() => undefined));

  const cluster = await admin.describeCluster();
  const configs = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: 4, name: String(cluster.controller ?? 1) }],
  });
  const version = configs.resources[0]?.configEntries.find(
    (e) => e.configName === 'inter.broker.protocol.version',
  )?.configValue;
  t.comment(
    `Kafka broker ${cluster.brokers.map((b) => `${b.host}:${b.port}`).join(',')} protocol ${version}`,
  );
  t.ok(version, 'the broker reports its protocol version');

  t.equal(await createTopicsWithLeaders(admin, [{ topic, numPartitions: 1 }]), true);
  t.ok((await admin.listTopics()).includes(topic), 'the topic exists');

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  const send = (from: number, to: number) =>
    producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: to - from }, (_, i) => ({ key: 'k', value: `m${from + i}` })),
    });
  await send(0, 10);

  const groupId = uniqueName('infra-group');
  t.same(
    await readN(groupId, topic, 10),
    Array.from({ length: 10 }, (_, i) => `m${i}`),
  );

  // A restarted consumer of the same group resumes after its committed offset.
  await send(10, 15);
  t.same(await readN(groupId, topic, 5), ['m10', 'm11', 'm12', 'm13', 'm14']);
  const offsets = await admin.fetchOffsets({ groupId, topics: [topic] });
  t.equal(offsets[0]?.partitions[0]?.offset, '15', 'the group committed offset 15');
});
