import { Topics } from '@citymatch/events';
import { bearer, tokens, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { handled } from './helpers/metric-value.js';
import {
  challengeClosed,
  challengePublished,
  challengeUpdated,
  kafkaProducer,
  startupRegistered,
  startupUpdated,
} from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

// The shortlist view is cached in Redis (shared by the replicas). Whatever changes the view, the
// first read after the change has been applied shows it: never the view cached before.

interface View {
  status: string;
  version: number;
  entries: { startupId: string; name: string }[];
}

t.test('the shortlist read right after each change shows the change', async (t) => {
  const { app, topics, config } = await testService(t);
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.matching);
  const admin = bearer(await tokens.admin());
  const read = async (id: string) => {
    const res = await app.inject({ url: `/challenges/${id}/shortlist`, headers: admin });
    t.equal(res.statusCode, 200);
    return res.json() as View;
  };
  /** Read twice (the second from the cache when the first filled it): both the same. */
  const readTwice = async (id: string) => {
    const first = await read(id);
    t.same(await read(id), first, 'a repeated read gives the same view');
    return first;
  };
  let events = 0;
  const send = async (topic: string, list: Parameters<typeof kafka.send>[1]) => {
    await kafka.send(topic, list);
    events += list.length;
    await waitUntil(async () => (await handled(app, config.CONSUMER_GROUP)) >= events, {
      timeoutMs: 60_000,
      what: () => `${events} events handled`,
    });
  };

  const alpha = startupRegistered({ name: 'Alpha', sectors: ['waste management'] });
  await send(topics.startups, [alpha]);
  const challenge = challengePublished({ sectors: ['atık yönetimi'] });
  const id = challenge.data.challengeId;
  await send(topics.challenges, [challenge]);
  let view = await readTwice(id);
  t.same(
    view.entries.map((e) => e.name),
    ['Alpha'],
    'the first view',
  );

  // a new startup enters the shortlist
  const beta = startupRegistered({ name: 'Beta', sectors: ['waste management'] });
  await send(topics.startups, [beta]);
  view = await readTwice(id);
  t.same(
    view.entries.map((e) => e.name).sort(),
    ['Alpha', 'Beta'],
    'the new startup is on the next read',
  );

  // a rename changes no shortlist (no shortlist.updated), only the names shown
  await send(topics.startups, [startupUpdated(alpha.data, { name: 'Alpha Two', version: 2 })]);
  view = await readTwice(id);
  t.same(
    view.entries.map((e) => e.name).sort(),
    ['Alpha Two', 'Beta'],
    'the new name is on the next read',
  );

  // the challenge moves out of the startups' sector: the shortlist empties
  const moved = challengeUpdated(challenge.data, { sectors: ['tourism'] });
  await send(topics.challenges, [moved]);
  view = await readTwice(id);
  t.same(view.entries, [], 'the emptied shortlist is on the next read');

  // back in the sector, then closed: the last read shows it closed and empty
  await send(topics.challenges, [
    challengeUpdated(challenge.data, { sectors: ['waste management'], version: 3 }),
  ]);
  t.equal((await readTwice(id)).entries.length, 2, 'back on the shortlist');
  await send(topics.challenges, [challengeClosed(challenge.data, 4)]);
  view = await readTwice(id);
  t.equal(view.status, 'closed', 'the closed status is on the next read');
  t.same(view.entries, [], 'and no one is on it');
  t.ok(watch.keyed(id).length > 0, 'the changes went out as events too');
});
