import { dlqTopic, encodeEvent, Topics } from '@citymatch/events';
import { bearer, tokens, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { handled } from './helpers/metric-value.js';
import {
  challengePublished,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

const BAD_TAGS: string[][] = [
  [],
  [' '],
  ['!!!', '...', '—'],
  ['🚀🚀🚀'],
  ['\u200c\u200d'],
  ['smart شهر akıllı'],
  ['x'.repeat(100)],
  ['ـــ', '؟؟'],
];

t.test('bad tags neither crash the service nor match everything', async (t) => {
  const { app, topics, config } = await testService(t);
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.matching);
  const dlq = await watchTopic(t, dlqTopic(topics.challenges));

  const normal = [
    startupRegistered({ sectors: ['recycling'] }),
    startupRegistered({ sectors: ['sağlık'] }),
    startupRegistered({ sectors: ['parking'] }),
  ];
  const odd = startupRegistered({
    sectors: ['!!!', '🚀🚀🚀', '\u200c\u200d', ' ', 'x'.repeat(100)],
  });
  await kafka.send(topics.startups, [...normal, odd]);

  const bad = BAD_TAGS.map((sectors) => challengePublished({ sectors }));
  await kafka.send(topics.challenges, bad);

  // a 10 KB tag breaks the event schema: the message is parked, the consumer goes on
  const huge = challengePublished({ sectors: ['recycling'] });
  const encoded = encodeEvent(huge);
  await kafka.sendRaw(topics.challenges, {
    key: huge.data.challengeId,
    value: JSON.stringify({ ...huge.data, sectors: ['r'.repeat(10_240)] }),
    headers: encoded.headers,
  });
  const good = challengePublished({ sectors: ['geri dönüşüm'] });
  await kafka.send(topics.challenges, [good]);

  await waitUntil(async () => (await handled(app, config.CONSUMER_GROUP)) >= 4 + bad.length + 2, {
    timeoutMs: 60_000,
    what: () => 'every message handled or parked',
  });
  const goodFound = eventsOf(await watch.waitFor(good.data.challengeId, 2, 60_000), 'match.found');
  t.same(
    goodFound.map((e) => e.data.startupId),
    [normal[0]?.data.startupId],
    'still matching after the bad ones',
  );
  await dlq.waitFor(huge.data.challengeId, 1, 60_000);
  t.pass('the 10 KB tag was parked in the dead-letter topic');
  t.equal(watch.keyed(huge.data.challengeId).length, 0, 'nothing matched from it');

  const admin = bearer(await tokens.admin());
  const normalIds = new Set(normal.map((s) => s.data.startupId));
  for (const c of bad) {
    const res = await app.inject({
      url: `/challenges/${c.data.challengeId}/shortlist`,
      headers: admin,
    });
    t.equal(res.statusCode, 200);
    const entries = res.json().entries as { startupId: string }[];
    const label = JSON.stringify(c.data.sectors).slice(0, 40);
    t.ok(entries.length <= 1, `${label}: at most the startup with the same odd tag`);
    t.notOk(
      entries.some((e) => normalIds.has(e.startupId)),
      `${label}: matches none of the ordinary startups`,
    );
  }
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200, 'still ready');
});
