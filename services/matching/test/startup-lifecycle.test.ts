import { Topics } from '@citymatch/events';
import { bearer, tokens, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import {
  challengePublished,
  eventsOf,
  kafkaProducer,
  startupDeactivated,
  startupRegistered,
  startupUpdated,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

t.test(
  'a startup registered after the challenge is matched; an update out of the sector and a deactivation leave the shortlist',
  async (t) => {
    const { app, topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.matching);
    const admin = bearer(await tokens.admin());
    const shortlist = async (id: string) =>
      (await app.inject({ url: `/challenges/${id}/shortlist`, headers: admin })).json() as {
        entries: { startupId: string; rank: number }[];
      };

    const early = startupRegistered({ sectors: ['public transport'] });
    await kafka.send(topics.startups, [early]);
    const transit = challengePublished({ sectors: ['toplu taşıma'] });
    const parks = challengePublished({ sectors: ['urban green spaces'] });
    await kafka.send(topics.challenges, [transit, parks]);
    const transitId = transit.data.challengeId;
    const parksId = parks.data.challengeId;
    await watch.waitFor(transitId, 2, 60_000);

    // registered later: matched against the open challenges it fits, and only those
    const late = startupRegistered({ sectors: ['حمل و نقل عمومی'], preferredLanguage: 'ar' });
    const lateId = late.data.startupId;
    await kafka.send(topics.startups, [late]);
    const msgs = await watch.waitFor(transitId, 4, 60_000);
    const found = eventsOf(msgs, 'match.found').map((e) => e.data.startupId);
    t.same(found.sort(), [early.data.startupId, lateId].sort(), 'the late startup is matched');
    t.equal(
      eventsOf(msgs, 'match.found').find((e) => e.data.startupId === lateId)?.data.startupLanguage,
      'ar',
    );
    t.equal(eventsOf(msgs, 'shortlist.updated').at(-1)?.data.entries.length, 2);
    t.equal(watch.keyed(parksId).length, 0, 'nothing for the parks challenge');
    t.same((await shortlist(parksId)).entries, []);

    // the late startup changes to parks: it leaves transit and enters parks
    await kafka.send(topics.startups, [
      startupUpdated(late.data, { sectors: ['park ve bahçeler'], version: 2 }),
    ]);
    await watch.waitFor(parksId, 2, 60_000);
    await watch.waitFor(transitId, 5, 60_000);
    t.same(
      (await shortlist(transitId)).entries.map((e) => e.startupId),
      [early.data.startupId],
    );
    t.same(
      (await shortlist(parksId)).entries.map((e) => e.startupId),
      [lateId],
    );
    const matches = await app.inject({
      url: `/startups/${lateId}/matches`,
      headers: bearer(await tokens.startup(lateId)),
    });
    t.same(
      matches.json().items.map((i: { challengeId: string }) => i.challengeId),
      [parksId],
    );

    // deactivated: out of the index and of every shortlist, at once
    await kafka.send(topics.startups, [startupDeactivated(lateId, 3)]);
    const parksAfter = await watch.waitFor(parksId, 3, 60_000);
    t.same(eventsOf(parksAfter, 'shortlist.updated').at(-1)?.data.entries, []);
    t.same((await shortlist(parksId)).entries, []);
    await waitUntil(() => !app.matching.index.has(lateId), { timeoutMs: 60_000 });
    // an older profile arriving late does not bring it back
    await kafka.send(topics.startups, [startupUpdated(late.data, { version: 2 })]);
    await new Promise((r) => setTimeout(r, 3000));
    t.notOk(app.matching.index.has(lateId), 'an older event never overwrites a newer one');
    t.equal(watch.keyed(parksId).length, 3, 'no new events for parks');
    t.equal(eventsOf(watch.keyed(transitId), 'match.found').length, 2, 'no second match.found');
  },
);
