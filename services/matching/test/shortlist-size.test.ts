import { SHORTLIST_MAX_ENTRIES, Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { readConfig } from '../src/config.js';
import {
  challengePublished,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

t.test(
  'a shortlist keeps SHORTLIST_SIZE startups, best first, and only they are matched',
  async (t) => {
    const { app, topics } = await testService(t, { SHORTLIST_SIZE: '3' });
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.matching);

    // two exact matches rank above four that share only the parent sector
    const exact = [0, 1].map(() => startupRegistered({ sectors: ['geri dönüşüm'] }));
    const parent = [0, 1, 2, 3].map(() => startupRegistered({ sectors: ['waste management'] }));
    await kafka.send(topics.startups, [...parent, ...exact]);
    await waitUntil(() => app.matching.index.size === 6, { timeoutMs: 60_000 });

    const published = challengePublished({ sectors: ['recycling'] });
    await kafka.send(topics.challenges, [published]);
    const messages = await watch.waitFor(published.data.challengeId, 4, 60_000);

    const [shortlist] = eventsOf(messages, 'shortlist.updated');
    t.equal(shortlist?.data.entries.length, 3, 'three on the shortlist');
    t.same(
      shortlist?.data.entries
        .slice(0, 2)
        .map((e) => e.startupId)
        .sort(),
      exact.map((e) => e.data.startupId).sort(),
      'the exact matches first',
    );
    t.same(
      eventsOf(messages, 'match.found')
        .map((e) => e.data.startupId)
        .sort(),
      shortlist?.data.entries.map((e) => e.startupId).sort(),
      'match.found for those three only',
    );
  },
);

t.test('SHORTLIST_SIZE is checked at boot against the contract', async (t) => {
  t.equal(readConfig({ ...process.env }).SHORTLIST_SIZE, 100, 'default 100');
  t.equal(readConfig({ ...process.env, SHORTLIST_SIZE: '200' }).SHORTLIST_SIZE, 200);
  t.throws(
    () => readConfig({ ...process.env, SHORTLIST_SIZE: String(SHORTLIST_MAX_ENTRIES + 1) }),
    /SHORTLIST_SIZE/,
    'over the contract ceiling',
  );
  t.throws(() => readConfig({ ...process.env, SHORTLIST_SIZE: '0' }), /SHORTLIST_SIZE/);
});
