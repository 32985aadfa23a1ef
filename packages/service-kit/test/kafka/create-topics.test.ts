import t from 'tap';
import { createTopicsWithLeaders, isSettling, topicOffsets, uniqueName } from '../../src/index.js';
import { sharedKafka } from '../helpers/kafka-fixtures.js';

t.test('topics created together have every partition led when the call returns', async (t) => {
  const admin = sharedKafka('create-topics-test').admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const topics = Array.from({ length: 8 }, (_, i) => ({
    topic: uniqueName(`create-topics-${i}`),
    numPartitions: 6,
  }));
  t.teardown(() => admin.deleteTopics({ topics: topics.map((x) => x.topic) }).catch(() => {}));

  t.equal(await createTopicsWithLeaders(admin, topics), true, 'made');
  const { topics: meta } = await admin.fetchTopicMetadata({ topics: topics.map((x) => x.topic) });
  t.same(
    meta.map((m) => m.partitions.filter((p) => p.leader >= 0).length),
    topics.map(() => 6),
    'each has its six partitions, each with a leader',
  );
  t.equal(await createTopicsWithLeaders(admin, topics), false, 'a second call finds them made');
});

t.test(
  'a topic is served when the call returns: every partition answers ListOffsets',
  async (t) => {
    const admin = sharedKafka('create-topics-test').admin();
    await admin.connect();
    t.teardown(() => admin.disconnect());
    // read at once, all together: without the wait for ListOffsets, most of these reads of new
    // topics failed with NOT_LEADER_FOR_PARTITION (39 of 60 in one measurement)
    for (let round = 0; round < 3; round++) {
      const topics = Array.from({ length: 4 }, (_, i) => ({
        topic: uniqueName(`create-topics-served-${round}-${i}`),
        numPartitions: 6,
      }));
      t.teardown(() => admin.deleteTopics({ topics: topics.map((x) => x.topic) }).catch(() => {}));
      await createTopicsWithLeaders(admin, topics);
      const read = await Promise.allSettled(topics.map((x) => admin.fetchTopicOffsets(x.topic)));
      t.same(
        read.map((r) => (r.status === 'fulfilled' ? r.value.map((p) => p.high) : String(r.reason))),
        topics.map(() => ['0', '0', '0', '0', '0', '0']),
        `round ${round}: every partition of every new topic read, each empty`,
      );
    }
  },
);

t.test('topicOffsets reads a topic made a moment ago, asking again while it settles', async (t) => {
  const admin = sharedKafka('create-topics-test').admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  const topics = Array.from({ length: 4 }, (_, i) => uniqueName(`topic-offsets-${i}`));
  t.teardown(() => admin.deleteTopics({ topics }).catch(() => {}));
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions: 6 })),
    waitForLeaders: true,
  });
  const offsets = await Promise.all(topics.map((topic) => topicOffsets(admin, topic)));
  t.same(
    offsets.map((o) => o.map((p) => `${p.partition}:${p.low}-${p.high}`).sort()),
    topics.map(() => ['0:0-0', '1:0-0', '2:0-0', '3:0-0', '4:0-0', '5:0-0']),
    'six empty partitions each',
  );
  await t.rejects(
    topicOffsets(admin, uniqueName('never-made'), 2_000),
    'a topic that does not exist is not waited for as if it were settling',
  );
});

t.test('isSettling: retriable broker answers only', async (t) => {
  t.ok(
    isSettling({ name: 'KafkaJSProtocolError', type: 'NOT_LEADER_FOR_PARTITION', retriable: true }),
  );
  t.ok(isSettling({ name: 'KafkaJSProtocolError', type: 'OFFSET_NOT_AVAILABLE', retriable: true }));
  t.notOk(
    isSettling({
      name: 'KafkaJSProtocolError',
      type: 'TOPIC_AUTHORIZATION_FAILED',
      retriable: false,
    }),
  );
  t.notOk(
    isSettling({ name: 'KafkaJSNumberOfRetriesExceeded', retriable: false }),
    'kafkajs gave up',
  );
  t.notOk(isSettling(new Error('socket hang up')));
  t.notOk(isSettling(null));
});
