import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import t from 'tap';
import {
  AggregateLocks,
  createIdempotentProducer,
  OutboxRelay,
  outboxOnCreate,
  serverUrls,
  uniqueName,
  withOutbox,
} from '../../src/index.js';
import {
  challengeUpdated,
  createTopic,
  header,
  readMessages,
  sharedKafka,
  silentLog,
  waitFor,
} from '../helpers/kafka-fixtures.js';

/** A topic, a fresh database with its `challenges` collection, and Redis; closed after the test. */
async function relaySetup(t: { teardown(fn: () => unknown): void }, name: string, partitions = 1) {
  const kafka = sharedKafka(name);
  const topic = await createTopic(kafka, name, partitions);
  const conn = await mongoose
    .createConnection(serverUrls().mongoUrl, { dbName: uniqueName('relays') })
    .asPromise();
  const redis = new Redis(serverUrls().redisUrl);
  t.teardown(async () => {
    await conn.dropDatabase();
    await conn.close();
    await redis.quit();
  });
  return { kafka, topic, redis, aggregates: conn.db!.collection('challenges') };
}

t.test(
  'two relays at once, writes going on: every event once, in order per aggregate',
  async (t) => {
    const { kafka, topic, redis, aggregates } = await relaySetup(t, 'two-relays', 3);
    const locks = new AggregateLocks(redis, uniqueName('relays'));
    const ids = Array.from({ length: 20 }, (_, i) => `agg-${i}`);
    for (const id of ids) await aggregates.insertOne({ _id: id as never, ...outboxOnCreate([]) });

    const relays = await Promise.all(
      [1, 2].map(async () => {
        const producer = createIdempotentProducer(kafka);
        await producer.connect();
        const relay = new OutboxRelay({
          collection: aggregates,
          locks,
          producer,
          log: silentLog,
          pollMs: 5,
          topicFor: () => topic,
        });
        relay.start();
        return { relay, producer };
      }),
    );
    t.teardown(async () => {
      for (const { relay, producer } of relays) {
        await relay.stop();
        await producer.disconnect();
      }
    });

    for (let version = 1; version <= 10; version++) {
      await Promise.all(
        ids.map((id) =>
          locks.withLock(id, () =>
            aggregates.updateOne(
              { _id: id as never },
              withOutbox({ $set: { version } }, [challengeUpdated(id, version)]),
            ),
          ),
        ),
      );
    }
    await waitFor(
      async () => (await aggregates.countDocuments({ outboxPending: true })) === 0,
      60_000,
      'drained',
    );

    const messages = await readMessages(kafka, topic, 200);
    await new Promise((r) => setTimeout(r, 500));
    t.equal(new Set(messages.map((m) => header(m, 'ce_id'))).size, 200, 'all 200 events');
    for (const id of ids) {
      const versions = messages
        .filter((m) => m.key?.toString() === id)
        .map((m) => JSON.parse(m.value!.toString()).version);
      t.same(versions, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], `${id} in order, none twice`);
    }
  },
);

t.test('a send that outlives the aggregate lock keeps the events written meanwhile', async (t) => {
  const { kafka, topic, redis, aggregates } = await relaySetup(t, 'slow-send');
  const producer = createIdempotentProducer(kafka);
  await producer.connect();
  t.teardown(() => producer.disconnect());
  const locks = new AggregateLocks(redis, uniqueName('relays'), 300); // expires mid-send
  // The real producer, its sends held back 1 s: longer than the relay's lock lives.
  const slowProducer = new Proxy(producer, {
    get: (target, prop) =>
      prop === 'sendBatch'
        ? async (batch: Parameters<typeof producer.sendBatch>[0]) => {
            await new Promise((r) => setTimeout(r, 1_000));
            return target.sendBatch(batch);
          }
        : Reflect.get(target, prop),
  });
  const relay = new OutboxRelay({
    collection: aggregates,
    locks,
    producer: slowProducer,
    log: silentLog,
    topicFor: () => topic,
  });
  await aggregates.insertOne({
    _id: 'agg' as never,
    ...outboxOnCreate([challengeUpdated('agg', 1)]),
  });
  relay.notify('agg');
  const firstRound = relay.publishOnce();
  await new Promise((r) => setTimeout(r, 500)); // the relay's lock has expired; a writer comes
  await locks.withLock('agg', () =>
    aggregates.updateOne(
      { _id: 'agg' as never },
      withOutbox({ $set: { version: 2 } }, [challengeUpdated('agg', 2)]),
    ),
  );
  relay.notify('agg');
  t.equal(await firstRound, 1, 'the first round sent version 1');
  const pending = await aggregates.findOne({ _id: 'agg' as never });
  t.equal(pending?.outbox.length, 2, 'version 2 still waits (the clear saw the newer outboxSeq)');

  t.equal(await relay.publishOnce(), 2, 'the next round sends both (version 1 again)');
  const cleared = await aggregates.findOne({ _id: 'agg' as never });
  t.same([cleared?.outbox, cleared?.outboxPending], [[], false], 'then the outbox is empty');
  const versions = (await readMessages(kafka, topic, 3)).map(
    (m) => JSON.parse(m.value!.toString()).version,
  );
  t.same(versions, [1, 1, 2], 'in order; the copy of version 1 has the same event id');
});

t.test(
  'events a writer notifies while it holds the lock go once it lets go, not a poll later',
  async (t) => {
    const { kafka, topic, redis, aggregates } = await relaySetup(t, 'busy-writer');
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    const locks = new AggregateLocks(redis, uniqueName('relays'));
    // The poll is 60 s: an event that waited for it would miss the test's 20 s.
    const relay = new OutboxRelay({
      collection: aggregates,
      locks,
      producer,
      log: silentLog,
      pollMs: 60_000,
      maxIdlePollMs: 60_000,
      topicFor: () => topic,
    });
    await aggregates.insertOne({ _id: 'agg' as never, ...outboxOnCreate([]) });
    relay.start();
    t.teardown(async () => {
      await relay.stop();
      await producer.disconnect();
    });
    await new Promise((r) => setTimeout(r, 300)); // the relay's first scan is over; it sleeps

    for (const version of [1, 2]) {
      await locks.withLock('agg', async () => {
        await aggregates.updateOne(
          { _id: 'agg' as never },
          withOutbox({ $set: { version } }, [challengeUpdated('agg', version)]),
        );
        relay.notify('agg'); // as the stores do: still holding the lock
        await new Promise((r) => setTimeout(r, 50));
      });
    }
    const messages = await readMessages(kafka, topic, 2, 20_000);
    t.same(
      messages.map((m) => JSON.parse(m.value!.toString()).version),
      [1, 2],
      'both events, in order, long before the next poll',
    );
  },
);

t.test(
  'a round in chunks: a chunk that fails stays pending, the others go, in order',
  async (t) => {
    const { kafka, topic, redis, aggregates } = await relaySetup(t, 'chunks', 3);
    const producer = createIdempotentProducer(kafka);
    await producer.connect();
    t.teardown(() => producer.disconnect());
    const ids = Array.from({ length: 9 }, (_, i) => `agg-${i}`);
    for (const id of ids) {
      const events = [1, 2, 3].map((v) => challengeUpdated(id, v));
      await aggregates.insertOne({ _id: id as never, ...outboxOnCreate(events) });
    }
    let broken = 'agg-4'; // its chunk fails until this is cleared
    const relay = new OutboxRelay({
      collection: aggregates,
      locks: new AggregateLocks(redis, uniqueName('relays')),
      producer,
      log: silentLog,
      chunkSize: 2,
      chunksInFlight: 2,
      topicFor: (event) => {
        if (event.subject === broken) throw new Error(`no topic for ${broken}`);
        return topic;
      },
    });
    for (const id of ids) relay.notify(id);

    await t.rejects(relay.publishOnce(), /no topic for agg-4/, 'the round reports the failure');
    const waiting = await aggregates
      .find({ outboxPending: true }, { projection: { _id: 1 } })
      .toArray();
    t.same(
      waiting.map((d) => d._id).sort(),
      ['agg-4', 'agg-5'],
      'only the failed chunk (agg-4 and agg-5) still waits; the other four chunks were cleared',
    );

    broken = '';
    t.equal(await relay.publishOnce(), 6, 'the next round sends the failed chunk');
    const messages = await readMessages(kafka, topic, 27);
    await new Promise((r) => setTimeout(r, 500));
    t.equal(new Set(messages.map((m) => header(m, 'ce_id'))).size, 27, 'all 27 events');
    t.equal(messages.length, 27, 'none twice');
    for (const id of ids) {
      const versions = messages
        .filter((m) => m.key?.toString() === id)
        .map((m) => JSON.parse(m.value!.toString()).version);
      t.same(versions, [1, 2, 3], `${id} in order`);
    }
  },
);
