import { Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import {
  challengePublished,
  challengeUpdated,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

t.test(
  'a replica whose index lags the read model does not revive a startup another replica deactivated',
  async (t) => {
    const { app, topics, db } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.matching);

    const s = startupRegistered({ sectors: ['energy efficiency'] });
    const keep = startupRegistered({ sectors: ['enerji verimliliği'] });
    await kafka.send(topics.startups, [s, keep]);
    const c = challengePublished({ sectors: ['energy efficiency'] });
    const { challengeId } = c.data;
    await kafka.send(topics.challenges, [c]);
    const first = eventsOf(await watch.waitFor(challengeId, 3, 60_000), 'shortlist.updated');
    t.equal(first[0]?.data.entries.length, 2);

    // another replica handled startup.deactivated: the shared read model has it, this
    // replica's own feed has not delivered it yet
    await db
      ?.collection('startups')
      .updateOne({ _id: s.data.startupId as never }, { $set: { active: false, version: 2 } });
    t.ok(app.matching.index.has(s.data.startupId), 'this replica’s index still lags');

    await kafka.send(topics.challenges, [challengeUpdated(c.data, { title: 'Verimlilik' })]);
    const after = eventsOf(await watch.waitFor(challengeId, 4, 60_000), 'shortlist.updated');
    t.same(
      after.at(-1)?.data.entries.map((e) => e.startupId),
      [keep.data.startupId],
      'ranked after catching up with the read model: the deactivated startup is out',
    );
    await waitUntil(() => !app.matching.index.has(s.data.startupId), { timeoutMs: 10_000 });
    t.pass('and the index caught up');
  },
);
