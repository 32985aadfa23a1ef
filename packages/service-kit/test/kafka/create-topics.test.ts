import t from 'tap';
import { createTopicsWithLeaders, uniqueName } from '../../src/index.js';
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
