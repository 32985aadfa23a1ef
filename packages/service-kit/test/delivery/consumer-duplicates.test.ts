import t from 'tap';
import type { Subscription } from '../../src/index.js';
import { messageOf, startRunner } from '../helpers/consumer-fixtures.js';
import { challengeUpdated, createTopic, sharedKafka, waitFor } from '../helpers/kafka-fixtures.js';

t.test('one event delivered 1,000 times: the effect happens once', async (t) => {
  const kafka = sharedKafka('dupes');
  const topic = await createTopic(kafka, 'dupes');
  const effects: string[] = [];
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    handle: async (e) => {
      effects.push(e.id);
    },
  };
  const c = await startRunner(kafka, topic, [sub as Subscription]);
  t.teardown(() => c.stop());

  const message = messageOf(challengeUpdated('challenge-1', 1));
  for (let i = 0; i < 10; i++) {
    await c.producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 100 }, () => message),
    });
  }
  await waitFor(() => c.total() >= 1000, 60_000, '1000 deliveries handled');
  t.equal(effects.length, 1, 'the effect ran once');
  t.equal(c.outcomes.done, 1);
  t.equal(c.outcomes.duplicate, 999, '999 duplicates dropped');
});

t.test('two events with the same business key: the second is a duplicate', async (t) => {
  const kafka = sharedKafka('business-key');
  const topic = await createTopic(kafka, 'business-key');
  const effects: number[] = [];
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    businessKey: (e) => `challenge:${e.data.challengeId}:v${e.data.version}`,
    handle: async (e) => {
      effects.push(e.data.version);
    },
  };
  const c = await startRunner(kafka, topic, [sub as Subscription]);
  t.teardown(() => c.stop());
  // Two distinct events (new ids) for the same business fact, then a different one.
  await c.producer.send({
    topic,
    acks: -1,
    messages: [
      challengeUpdated('c-9', 1),
      challengeUpdated('c-9', 1),
      challengeUpdated('c-9', 2),
    ].map(messageOf),
  });
  await waitFor(() => c.total() >= 3, 30_000, 'three handled');
  t.same(effects, [1, 2]);
  t.equal(c.outcomes.duplicate, 1);
});

t.test('duplicates in later rounds of the same batch are dropped too', async (t) => {
  // Rounds of 2: the batch's marks are looked up in Redis when it starts, before the marks of
  // its rounds are written, so only the runner's memory of the batch can tell.
  const kafka = sharedKafka('dupes-rounds');
  const topic = await createTopic(kafka, 'dupes-rounds');
  const effects: string[] = [];
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    businessKey: (e) => `challenge:${e.data.challengeId}:v${e.data.version}`,
    handle: async (e) => {
      effects.push(`${e.data.challengeId}:v${e.data.version}`);
    },
  };
  const once = messageOf(challengeUpdated('c-1', 1));
  const c = await startRunner(kafka, topic, [sub as Subscription], { markBatchSize: 2 });
  t.teardown(() => c.stop());
  await c.producer.send({
    topic,
    acks: -1,
    messages: [
      once,
      messageOf(challengeUpdated('c-2', 1)),
      once,
      messageOf(challengeUpdated('c-1', 1)), // a new id, the same business key
      messageOf(challengeUpdated('c-2', 2)),
      once,
      messageOf(challengeUpdated('c-2', 1)),
    ],
  });
  await waitFor(() => c.total() >= 7, 30_000, 'seven handled');
  t.same(effects, ['c-1:v1', 'c-2:v1', 'c-2:v2']);
  t.equal(c.outcomes.duplicate, 4);
});
