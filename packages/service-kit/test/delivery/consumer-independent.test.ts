import t from 'tap';
import type { Subscription } from '../../src/index.js';
import { messageOf, startRunner } from '../helpers/consumer-fixtures.js';
import { challengeUpdated, createTopic, sharedKafka, waitFor } from '../helpers/kafka-fixtures.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

/** A subscription that counts its effects and how many ran at once. */
function counting(independent: boolean, failFor?: string) {
  const effects: string[] = [];
  let running = 0;
  let most = 0;
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    independent,
    businessKey: (e) => `challenge:${e.data.challengeId}:v${e.data.version}`,
    handle: async (e) => {
      running++;
      most = Math.max(most, running);
      try {
        await tick();
        if (e.data.challengeId === failFor) throw new Error('this one always fails');
        effects.push(`${e.data.challengeId}:v${e.data.version}`);
      } finally {
        running--;
      }
    },
  };
  return { sub: sub as Subscription, effects, most: () => most };
}

t.test(
  'independent effects run together; duplicates and a failure are handled as one by one',
  async (t) => {
    const kafka = sharedKafka('independent');
    const topic = await createTopic(kafka, 'independent');
    const { sub, effects, most } = counting(true, 'c-bad');
    const c = await startRunner(kafka, topic, [sub], { attempts: 2 });
    t.teardown(() => c.stop());

    const events = Array.from({ length: 60 }, (_, i) => challengeUpdated(`c-${i}`, 1));
    const again = events[10]!; // the same event delivered twice, in the same run
    const sameFact = challengeUpdated('c-20', 1); // another event, same business key
    const messages = [
      ...events.slice(0, 30),
      again,
      sameFact,
      challengeUpdated('c-bad', 1),
      ...events.slice(30),
    ].map(messageOf);
    await c.producer.send({ topic, acks: -1, messages });
    await waitFor(() => c.total() >= messages.length, 60_000, 'every message handled');

    t.equal(effects.length, 60, 'sixty effects');
    t.equal(new Set(effects).size, 60, 'each once');
    t.equal(c.outcomes.duplicate, 2, 'the redelivery and the same business fact dropped');
    t.equal(c.outcomes.dead_letter, 1, 'the failing one parked after its tries');
    t.equal(c.outcomes.done, 60);
    t.ok(most() > 5, `effects ran at once (at most ${most()} together)`);
  },
);

t.test('without `independent` the effects run one after another', async (t) => {
  const kafka = sharedKafka('dependent');
  const topic = await createTopic(kafka, 'dependent');
  const { sub, effects, most } = counting(false);
  const c = await startRunner(kafka, topic, [sub]);
  t.teardown(() => c.stop());
  const events = Array.from({ length: 30 }, (_, i) => challengeUpdated(`c-${i}`, 1));
  await c.producer.send({ topic, acks: -1, messages: events.map(messageOf) });
  await waitFor(() => c.total() >= events.length, 60_000, 'every message handled');
  t.same(
    effects,
    events.map((e) => `${(e.data as { challengeId: string }).challengeId}:v1`),
    'in offset order',
  );
  t.equal(most(), 1, 'never two at once');
});
