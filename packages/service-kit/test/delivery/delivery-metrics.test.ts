import t from 'tap';
import { consumerMetrics, createApp, type Subscription } from '../../src/index.js';
import { messageOf, startRunner } from '../helpers/consumer-fixtures.js';
import { challengeUpdated, createTopic, sharedKafka, waitFor } from '../helpers/kafka-fixtures.js';

t.test('/metrics shows consumer outcomes, lag and DLQ size from the real broker', async (t) => {
  const kafka = sharedKafka('metrics');
  const topic = await createTopic(kafka, 'metrics');
  const app = await createApp({ service: 'metrics-test', logger: false });
  t.teardown(() => app.close());
  const groupId = `${topic}-group`;
  const metrics = consumerMetrics(app.metrics, { kafka, groupId, topics: [topic] });
  t.teardown(() => metrics.close());
  const sub: Subscription<'challenge.updated'> = {
    type: 'challenge.updated',
    handle: async (e) => {
      if (e.data.challengeId === 'bad') throw new Error('no');
    },
  };
  const c = await startRunner(kafka, topic, [sub as Subscription], {
    attempts: 1,
    groupId,
    onOutcome: metrics.onOutcome,
  });
  t.teardown(() => c.stop());
  const good = Array.from({ length: 4 }, (_, i) => challengeUpdated(`c-${i}`, 1));
  await c.producer.send({
    topic,
    acks: -1,
    messages: [...good, challengeUpdated('bad', 1)].map(messageOf),
  });
  await waitFor(() => c.total() >= 5, 30_000, 'five handled');
  await waitFor(
    async () =>
      (await app.inject({ url: '/metrics' })).body.includes(
        `consumer_lag_messages{group="${groupId}",topic="${topic}",service="metrics-test"} 0`,
      ),
    30_000,
    'lag 0 after the commit',
  );
  const body = (await app.inject({ url: '/metrics' })).body;
  t.match(
    body,
    new RegExp(
      `consumer_messages_total\\{group="${groupId}",outcome="done",type="challenge.updated"[^}]*\\} 4`,
    ),
  );
  t.match(
    body,
    new RegExp(
      `consumer_messages_total\\{group="${groupId}",outcome="dead_letter",type="challenge.updated"[^}]*\\} 1`,
    ),
  );
  t.match(body, new RegExp(`dlq_messages\\{topic="${topic}.dlq"[^}]*\\} 1`));
});
