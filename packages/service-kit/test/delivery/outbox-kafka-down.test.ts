import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import t from 'tap';
import {
  AggregateLocks,
  createIdempotentProducer,
  createTopicsWithLeaders,
  OutboxRelay,
  outboxOnCreate,
  serverUrls,
  topicOffsets,
  uniqueName,
  withOutbox,
} from '../../src/index.js';
import {
  challengeUpdated,
  header,
  privateKafka,
  readMessages,
  silentLog,
  waitFor,
} from '../helpers/kafka-fixtures.js';

// a private broker is started, stopped and started again: minutes on a loaded 2-core machine
t.setTimeout(300_000);

t.test(
  'Kafka down while 100 writes are accepted: all 100 events arrive, once, in order',
  async (t) => {
    const broker = await privateKafka();
    t.teardown(() => broker.dispose());
    const kafka = new Kafka({
      clientId: 'outbox-test',
      brokers: broker.brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 3, initialRetryTime: 100 },
    });
    const topic = uniqueName('outbox');
    const admin = kafka.admin();
    await admin.connect();
    await createTopicsWithLeaders(admin, [{ topic, numPartitions: 3 }]);
    await admin.disconnect();

    const conn = await mongoose
      .createConnection(serverUrls().mongoUrl, { dbName: uniqueName('outbox') })
      .asPromise();
    t.teardown(async () => {
      await conn.dropDatabase();
      await conn.close();
    });
    const aggregates = conn.db!.collection('challenges');
    const ids = Array.from({ length: 10 }, (_, i) => `challenge-${i}`);
    for (const id of ids)
      await aggregates.insertOne({ _id: id as never, version: 0, ...outboxOnCreate([]) });

    let published = 0;
    const redis = new Redis(serverUrls().redisUrl);
    t.teardown(() => redis.quit());
    const locks = new AggregateLocks(redis, uniqueName('challenges'));
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    const relay = new OutboxRelay({
      collection: aggregates,
      locks,
      producer,
      log: silentLog,
      pollMs: 50,
      maxBackoffMs: 500,
      topicFor: () => topic,
      onPublished: (n) => {
        published += n;
      },
    });
    relay.start();
    t.teardown(async () => {
      await relay.stop().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
    });

    broker.stop();
    // 100 writes while Kafka is down: each one a state change and its event in one document write.
    for (let version = 1; version <= 10; version++) {
      for (const id of ids) {
        const res = await locks.withLock(id, () =>
          aggregates.updateOne(
            { _id: id as never },
            withOutbox({ $set: { version } }, [challengeUpdated(id, version)]),
          ),
        );
        t.equal(res.modifiedCount, 1);
        relay.notify();
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    t.equal(await relay.backlog(), 10, 'every aggregate still has its events waiting');

    broker.start();
    await waitFor(async () => (await relay.backlog()) === 0, 90_000, 'outbox drained');

    const offsetAdmin = kafka.admin();
    await offsetAdmin.connect();
    const offsets = await topicOffsets(offsetAdmin, topic);
    await offsetAdmin.disconnect();
    t.comment(`relay sent ${published}`);
    t.comment(
      `partition offsets: ${JSON.stringify(offsets.map((o) => [o.partition, o.low, o.high]))}`,
    );
    const messages = await readMessages(kafka, topic, 100);
    await new Promise((r) => setTimeout(r, 500));
    const eventIds = messages.map((m) => header(m, 'ce_id'));
    t.equal(new Set(eventIds).size, 100, '100 distinct events');
    t.equal(messages.length, 100, 'none twice');
    for (const id of ids) {
      const versions = messages
        .filter((m) => m.key?.toString() === id)
        .map((m) => JSON.parse(m.value!.toString()).version);
      t.same(versions, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], `${id}: in order`);
    }
  },
);
