import { randomUUID } from 'node:crypto';
import { createTopicsWithLeaders, serverUrls, uniqueName } from '@citymatch/service-kit';
import { Kafka, logLevel } from 'kafkajs';
import t from 'tap';
import { testDatabase, waitUntil, watchTopic } from '../src/index.js';

t.test('watchTopic sees only what was produced after it started, by key', async (t) => {
  const topic = uniqueName('testkit');
  const kafka = new Kafka({ brokers: serverUrls().kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await createTopicsWithLeaders(admin, [{ topic, numPartitions: 2 }]);
  const producer = kafka.producer();
  await producer.connect();
  t.teardown(async () => {
    await producer.disconnect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });
  await producer.send({ topic, messages: [{ key: 'a', value: 'before' }] });
  const watch = await watchTopic(t, topic);
  await producer.send({
    topic,
    messages: [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'a', value: '3' },
    ],
  });
  const a = await watch.waitFor('a', 2);
  t.same(
    a.map((m) => m.value?.toString()),
    ['1', '3'],
  );
  await t.rejects(watch.waitFor('c', 1, 300), /1 messages keyed c/);
});

t.test('waitUntil names what it waited for', async (t) => {
  await t.rejects(
    waitUntil(() => false, { timeoutMs: 50, what: () => 'the moon' }),
    /the moon/,
  );
  let n = 0;
  await waitUntil(() => ++n >= 3, { intervalMs: 1 });
  t.equal(n, 3);
});

t.test('testDatabase is dropped at teardown', async (t) => {
  let name = '';
  await t.test('uses it', async (t) => {
    const d = await testDatabase(t, 'testkit');
    name = d.name;
    await d.db.collection('x').insertOne({ _id: randomUUID() } as never);
  });
  const d = await testDatabase(t, 'testkit-check');
  const dbs = await d.db.admin().listDatabases();
  t.notOk(
    dbs.databases.some((x) => x.name === name),
    'dropped',
  );
});
