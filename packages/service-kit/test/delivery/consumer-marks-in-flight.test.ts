import t from 'tap';
import { ProcessedMarks, type Subscription } from '../../src/index.js';
import { messageOf, startRunner } from '../helpers/consumer-fixtures.js';
import { challengeUpdated, createTopic, sharedKafka, waitFor } from '../helpers/kafka-fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test(
  'marks slow to reach Redis hold back the offset commit, not the effects after them',
  async (t) => {
    const kafka = sharedKafka('marks-in-flight');
    const topic = await createTopic(kafka, 'marks-in-flight');
    const effects: string[] = [];
    const sub: Subscription<'challenge.updated'> = {
      type: 'challenge.updated',
      handle: async (e) => {
        effects.push(e.data.challengeId);
      },
    };
    const groupId = `marks-in-flight-${Date.now()}`;
    const c = await startRunner(kafka, topic, [sub as Subscription], { markBatchSize: 2, groupId });
    t.teardown(() => c.stop());

    // The first round's marks (the first script call) wait until released; Redis is real.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const evalMarks = c.redis.eval.bind(c.redis) as (...args: unknown[]) => Promise<unknown>;
    let calls = 0;
    (c.redis as unknown as { eval: unknown }).eval = async (...args: unknown[]) => {
      if (calls++ === 0) await held;
      return evalMarks(...args);
    };

    const ids = Array.from({ length: 10 }, (_, i) => `c-${i}`);
    const events = ids.map((id) => challengeUpdated(id, 1));
    await c.producer.send({ topic, acks: -1, messages: events.map(messageOf) });
    await waitFor(() => effects.length >= 6, 30_000, 'effects of three rounds after the held one');
    await sleep(2_500); // past the runner's 1 s commit interval

    const admin = kafka.admin();
    await admin.connect();
    t.teardown(() => admin.disconnect());
    const committed = async () =>
      Number((await admin.fetchOffsets({ groupId, topics: [topic] }))[0]!.partitions[0]!.offset);
    t.ok(effects.length >= 6, `${effects.length} effects done while the first marks are held`);
    t.equal(c.outcomes.done, 0, 'no outcome reported before its marks are written');
    t.ok((await committed()) <= 0, 'nothing committed past the effects whose marks are held');

    release();
    await waitFor(() => c.outcomes.done === 10, 30_000, 'all ten done');
    await waitFor(async () => (await committed()) === 10, 30_000, 'offset 10 committed');
    t.same(effects, ids, 'each effect once, in order');
    const marks = new ProcessedMarks(c.redis, groupId);
    t.same(
      await marks.seenMany(events.map((e) => ({ eventId: e.id }))),
      events.map(() => true),
      'every event is marked done',
    );
  },
);
