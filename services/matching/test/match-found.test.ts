import { Topics } from '@citymatch/events';
import { bearer, tokens, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { handled } from './helpers/metric-value.js';
import {
  challengeClosed,
  challengePublished,
  challengeUpdated,
  eventsOf,
  kafkaProducer,
  startupRegistered,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

const settle = (ms = 3000) => new Promise((r) => setTimeout(r, ms));

t.test(
  'startup.registered then challenge.published → match.found with reasons; redelivery → none again; closed → out of shortlists, no new matches',
  async (t) => {
    const { app, topics, config } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.matching);

    const waste = startupRegistered({
      sectors: ['Waste-Management', 'IoT'],
      preferredLanguage: 'tr',
    });
    const persian = startupRegistered({ sectors: ['پسماند'], preferredLanguage: 'fa' });
    const health = startupRegistered({ sectors: ['sağlık', 'telemedicine'] });
    await kafka.send(topics.startups, [waste, persian, health]);
    await waitUntil(() => app.matching.index.size === 3, { timeoutMs: 60_000 });

    const published = challengePublished({ sectors: ['atık yönetimi'], title: 'Akıllı atık' });
    const challengeId = published.data.challengeId;
    await kafka.send(topics.challenges, [published]);

    // two match.found and one shortlist.updated, keyed by the challenge
    const messages = await watch.waitFor(challengeId, 3, 60_000);
    const found = eventsOf(messages, 'match.found');
    t.same(
      found.map((e) => e.data.startupId).sort(),
      [waste, persian].map((e) => e.data.startupId).sort(),
    );
    const forWaste = found.find((e) => e.data.startupId === waste.data.startupId);
    t.match(forWaste?.data, {
      challengeId,
      matchId: `${challengeId}:${waste.data.startupId}`,
      startupLanguage: 'tr',
      challengeTitle: 'Akıllı atık',
      orgName: published.data.orgName,
      city: published.data.city,
      country: published.data.country,
      deadline: published.data.deadline,
    });
    t.ok((forWaste?.data.score ?? 0) >= 0.25, 'above the threshold');
    t.match(forWaste?.data.reasons[0], {
      challengeTag: 'atık yönetimi',
      startupTag: 'Waste-Management',
      relation: 'exact',
    });
    for (const reason of forWaste?.data.reasons ?? []) {
      t.notOk('contribution' in reason || 'challengeSectorId' in reason, 'internal fields dropped');
    }
    t.equal(
      found.find((e) => e.data.startupId === persian.data.startupId)?.data.startupLanguage,
      'fa',
    );
    const [shortlisted] = eventsOf(messages, 'shortlist.updated');
    t.equal(shortlisted?.data.entries.length, 2, 'the health startup is not shortlisted');
    t.same(
      shortlisted?.data.entries.map((e) => e.rank),
      [1, 2],
    );

    // the same events again (same ids), the publication under a new id, an unchanged update:
    // still two match.found, and no new shortlist.updated
    await kafka.send(topics.startups, [waste, persian, health]);
    await kafka.send(topics.challenges, [
      published,
      challengePublished({ ...published.data }),
      challengeUpdated(published.data),
    ]);
    await waitUntil(async () => (await handled(app, config.CONSUMER_GROUP)) >= 10, {
      timeoutMs: 60_000,
      what: () => 'the redelivered events handled',
    });
    await settle();
    t.equal(eventsOf(watch.keyed(challengeId), 'match.found').length, 2, 'no second match.found');
    t.equal(eventsOf(watch.keyed(challengeId), 'shortlist.updated').length, 1);

    async function shortlistOf() {
      const res = await app.inject({
        url: `/challenges/${challengeId}/shortlist`,
        headers: bearer(await tokens.admin()),
      });
      t.equal(res.statusCode, 200);
      return res.json() as { status: string; version: number; entries: { startupId: string }[] };
    }
    t.same(
      (await shortlistOf()).entries.map((e) => e.startupId).sort(),
      [waste, persian].map((e) => e.data.startupId).sort(),
    );

    // closing: an empty shortlist.updated, the shortlist empties, nothing matches it again
    await kafka.send(topics.challenges, [challengeClosed(published.data, 3)]);
    const afterClose = await watch.waitFor(challengeId, 4, 60_000);
    const last = eventsOf(afterClose, 'shortlist.updated').at(-1);
    t.same(last?.data.entries, [], 'shortlist.updated with no entries');
    t.match(await shortlistOf(), { status: 'closed', entries: [] });
    const matches = await app.inject({
      url: `/startups/${waste.data.startupId}/matches`,
      headers: bearer(await tokens.startup(waste.data.startupId)),
    });
    t.same(matches.json().items, [], 'the closed challenge left the startup’s matches');

    const late = startupRegistered({ sectors: ['waste management'] });
    await kafka.send(topics.startups, [late]);
    await kafka.send(topics.challenges, [challengeUpdated(published.data, { version: 9 })]);
    await waitUntil(async () => (await handled(app, config.CONSUMER_GROUP)) >= 13, {
      timeoutMs: 60_000,
      what: () => 'the late startup and the update handled',
    });
    t.ok(app.matching.index.has(late.data.startupId), 'the late startup is indexed');
    await settle();
    t.equal(watch.keyed(challengeId).length, 4, 'no event after the close');
    t.match(await shortlistOf(), { status: 'closed', entries: [] });
  },
);
