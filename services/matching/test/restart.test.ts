import { Topics } from '@citymatch/events';
import { bearer, tokens, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { handled } from './helpers/metric-value.js';
import {
  challengePublished,
  challengeUpdated,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { start, testService } from './helpers/test-service.js';

t.test('a restart on the same database rebuilds the index and the same shortlist', async (t) => {
  const first = await testService(t);
  const { topics, config } = first;
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.matching);

  const startups = [
    startupRegistered({ sectors: ['recycling'], city: 'İzmir', country: 'TR' }),
    startupRegistered({ sectors: ['geri dönüşüm', 'atık toplama'] }),
    startupRegistered({ sectors: ['بازیافت'] }),
    startupRegistered({ sectors: ['parking'] }),
  ];
  await kafka.send(topics.startups, startups);
  const published = challengePublished({ sectors: ['geri dönüşüm', 'atık toplama'] });
  const { challengeId } = published.data;
  await kafka.send(topics.challenges, [published]);
  const found = eventsOf(await watch.waitFor(challengeId, 4, 60_000), 'match.found');
  t.equal(found.length, 3, 'three of four match');

  const admin = bearer(await tokens.admin());
  const shortlist = async (app = first.app) =>
    (await app.inject({ url: `/challenges/${challengeId}/shortlist`, headers: admin })).json();
  const before = await shortlist();
  t.equal(before.entries.length, 3);

  await first.app.close();
  const second = await start(t, config);
  t.equal(second.app.matching.index.size, 4, 'every active startup is back in the index');
  t.same(await shortlist(second.app), before, 'the stored shortlist is served as it was');

  // ranking again after the restart (a title change) gives the same shortlist, no new matches
  const seen = await handled(second.app, config.CONSUMER_GROUP);
  await kafka.send(topics.challenges, [
    challengeUpdated(published.data, { title: 'Geri dönüşüm' }),
  ]);
  await waitUntil(async () => (await handled(second.app, config.CONSUMER_GROUP)) > seen, {
    timeoutMs: 60_000,
    what: () => 'the update handled after the restart',
  });
  const matches = await second.app.inject({
    url: `/startups/${startups[1]?.data.startupId}/matches`,
    headers: admin,
  });
  t.equal(matches.json().items[0]?.title, 'Geri dönüşüm', 'the update was applied');
  t.same(await shortlist(second.app), before, 'ranked again: the same shortlist');
  t.same(
    second.app.matching.keeper
      .rank({ _id: challengeId, ...published.data })
      .map((e) => [e.startupId, e.score]),
    before.entries.map((e: { startupId: string; score: number }) => [e.startupId, e.score]),
    'the rebuilt index ranks exactly as before',
  );
  await new Promise((r) => setTimeout(r, 2000));
  t.equal(watch.keyed(challengeId).length, 4, 'no event from the restart');
});
