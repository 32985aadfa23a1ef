import { DlqHeaders, dlqTopic, EventHeaders } from '@citymatch/events';
import t from 'tap';
import { replayDeadLetters, type Subscription } from '../../src/index.js';
import { messageOf, startRunner } from '../helpers/consumer-fixtures.js';
import {
  challengeUpdated,
  createTopic,
  header,
  readMessages,
  sharedKafka,
  waitFor,
} from '../helpers/kafka-fixtures.js';

t.test(
  'a poison message is parked after its tries; the 100 after it are processed; replay after a fix processes it once',
  async (t) => {
    const kafka = sharedKafka('poison');
    const topic = await createTopic(kafka, 'poison');
    let fixed = false;
    const handled: string[] = [];
    const sub: Subscription<'challenge.updated'> = {
      type: 'challenge.updated',
      handle: async (e) => {
        if (e.data.challengeId === 'c-poison' && !fixed)
          throw new Error('cannot handle c-poison yet');
        handled.push(e.data.challengeId);
      },
    };
    const c = await startRunner(kafka, topic, [sub as Subscription], { attempts: 3 });
    t.teardown(() => c.stop());

    const poison = challengeUpdated('c-poison', 1);
    const good = Array.from({ length: 100 }, (_, i) => challengeUpdated(`c-${i}`, i + 1));
    await c.producer.send({ topic, acks: -1, messages: [poison, ...good].map(messageOf) });
    await waitFor(() => c.total() >= 101, 60_000, '101 handled');
    t.equal(c.outcomes.dead_letter, 1, 'one parked');
    t.equal(handled.length, 100, 'the 100 good ones were processed');

    const [parked] = await readMessages(kafka, dlqTopic(topic), 1);
    t.equal(header(parked!, EventHeaders.id), poison.id, 'the original event, headers kept');
    t.equal(header(parked!, DlqHeaders.reason), 'handler_error');
    t.match(header(parked!, DlqHeaders.error), /cannot handle c-poison yet/);
    t.equal(header(parked!, DlqHeaders.attempts), '3');
    t.equal(header(parked!, DlqHeaders.originalTopic), topic);
    t.equal(header(parked!, DlqHeaders.originalPartition), '0');
    t.equal(header(parked!, DlqHeaders.originalOffset), '0');

    fixed = true;
    t.equal(await replayDeadLetters({ kafka, producer: c.producer, topic }), 1, 'one replayed');
    await waitFor(() => handled.includes('c-poison'), 30_000, 'replayed event handled');
    t.equal(
      await replayDeadLetters({ kafka, producer: c.producer, topic }),
      0,
      'nothing left to replay',
    );
    await new Promise((r) => setTimeout(r, 500));
    t.equal(handled.filter((id) => id === 'c-poison').length, 1, 'processed once');
  },
);

t.test('bad payloads go to the DLQ with a reason and nothing crashes', async (t) => {
  const kafka = sharedKafka('bad-payloads');
  const topic = await createTopic(kafka, 'bad-payloads');
  const handled: string[] = [];
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    handle: async (e) => {
      handled.push(e.data.challengeId);
    },
  };
  const c = await startRunner(kafka, topic, [sub as Subscription]);
  t.teardown(() => c.stop());

  const valid = messageOf(challengeUpdated('c-ok', 1));
  const headers = valid.headers as Record<string, string>;
  const { ce_id: _id, ...withoutId } = headers;
  const bad = [
    { reason: 'not_json', message: { ...valid, value: '{"challengeId": ' } },
    { reason: 'schema_invalid', message: { ...valid, value: JSON.stringify({ challengeId: 42 }) } },
    { reason: 'missing_header:ce_id', message: { ...valid, headers: withoutId } },
    {
      reason: 'unknown_type',
      message: { ...valid, headers: { ...headers, ce_type: 'challenge.exploded' } },
    },
    { reason: 'too_large', message: { ...valid, value: Buffer.alloc(2 * 1024 * 1024, 'x') } },
  ];
  for (const { message } of bad) await c.producer.send({ topic, acks: -1, messages: [message] });
  await c.producer.send({ topic, acks: -1, messages: [valid] });
  await waitFor(() => c.total() >= 6, 60_000, 'six handled');
  t.same(handled, ['c-ok'], 'the good message after them was processed');
  t.equal(c.outcomes.dead_letter, 5);

  const parked = await readMessages(kafka, dlqTopic(topic), 5);
  t.same(
    parked.map((m) => header(m, DlqHeaders.reason)),
    bad.map((b) => b.reason),
    'each parked with its reason',
  );
  t.equal(parked[4]!.value!.length, 2 * 1024 * 1024, 'the 2 MB value is kept for inspection');
});
