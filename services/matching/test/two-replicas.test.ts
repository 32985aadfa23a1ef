import { Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import {
  challengePublished,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { start, testService } from './helpers/test-service.js';

t.test('two replicas: each holds every startup; each challenge is worked once', async (t) => {
  const a = await testService(t);
  const b = await start(t, { ...a.config, REPLICA_ID: 'replica-b' });
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.matching);

  const startups = Array.from({ length: 12 }, (_, i) =>
    startupRegistered({ sectors: [i % 2 ? 'solar energy' : 'güneş enerjisi'] }),
  );
  await kafka.send(a.topics.startups, startups);
  await waitUntil(() => a.app.matching.index.size === 12 && b.app.matching.index.size === 12, {
    timeoutMs: 60_000,
    what: () => `both indexes full (${a.app.matching.index.size}, ${b.app.matching.index.size})`,
  });
  t.pass('both replicas hold all 12 startups');

  const challenges = Array.from({ length: 6 }, () => challengePublished({ sectors: ['solar'] }));
  await kafka.send(a.topics.challenges, challenges);
  for (const c of challenges) {
    const msgs = await watch.waitFor(c.data.challengeId, 13, 60_000);
    t.equal(eventsOf(msgs, 'match.found').length, 12, 'each startup matched once');
  }
  await new Promise((r) => setTimeout(r, 2000));
  for (const c of challenges) t.equal(watch.keyed(c.data.challengeId).length, 13, 'no duplicates');
});
