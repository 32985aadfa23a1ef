import { DlqHeaders, dlqTopic, type EventType, matchIdFor, Topics } from '@citymatch/events';
import { serverUrls } from '@citymatch/service-kit';
import {
  expectedFate,
  fuzzEventMessage,
  fuzzSettings,
  type MessageFate,
  metricValue,
  produceBatched,
  readTopic,
  sampleFuzz,
  waitUntil,
  watchTopic,
} from '@citymatch/testkit';
import { MongoClient } from 'mongodb';
import t from 'tap';
import { testService } from '../helpers/test-app.js';

// Up to 10,000 generated event payloads (FUZZ_EVENTS; FUZZ_SEED replays; FUZZ_BUDGET_MS bounds
// the time) through the real consumer path: Kafka topics and a consumer group of this test's
// own, ConsumerRunner, Redis, Mongo. Nothing crashes; what does not decode is parked in
// <topic>.dlq with its reason; a type notifications does not take is ignored; nothing is stored
// or emitted for a message that is parked or ignored.

const { seed } = fuzzSettings();
const total = Number(process.env['FUZZ_EVENTS'] ?? 10_000);
const budgetMs = Number(process.env['FUZZ_BUDGET_MS'] ?? 120_000);
t.setTimeout(900_000);
t.comment(`fuzz seed ${seed}, up to ${total} messages (FUZZ_SEED=${seed} replays)`);

const TAKEN: EventType[] = [
  'startup.registered',
  'startup.updated',
  'startup.deactivated',
  'challenge.closed',
  'match.found',
];
const NOT_TAKEN: EventType[] = ['challenge.published', 'shortlist.updated', 'notification.sent'];

t.test('generated event payloads on the three input topics', async (t) => {
  const prefix = `fz${Math.random().toString(36).slice(2, 8)}`;
  const { app, topics, config } = await testService(t);
  const out = await watchTopic(t, Topics.notifications);
  const inputs = [
    { topic: topics.startups, types: TAKEN.slice(0, 3) },
    { topic: topics.challenges, types: ['challenge.closed' as const] },
    { topic: topics.matching, types: ['match.found' as const] },
  ].map((input, n) => ({
    ...input,
    arb: fuzzEventMessage({ prefix, types: input.types, others: NOT_TAKEN, seed: seed + n }),
    fates: [] as MessageFate[],
  }));
  const fed = () => inputs.reduce((sum, i) => sum + i.fates.length, 0);
  const group = config.CONSUMER_GROUP;

  const started = Date.now();
  for (let round = 0; fed() < total; round++) {
    if (Date.now() - started > budgetMs) {
      t.comment(`time budget of ${budgetMs} ms spent: stopping early`);
      break;
    }
    const size = Math.min(333, Math.ceil((total - fed()) / 3));
    for (const [n, input] of inputs.entries()) {
      const messages = sampleFuzz(input.arb, seed + 10 * round + n, size);
      input.fates.push(...messages.map((m) => expectedFate(m, TAKEN)));
      await produceBatched(input.topic, messages);
    }
    const want = fed();
    await waitUntil(
      async () => (await metricValue(app, 'consumer_messages_total', { group })) >= want,
      {
        timeoutMs: 600_000,
        intervalMs: 500,
        what: () => `${want} messages taken`,
      },
    );
  }
  const count = (fs: MessageFate[], fate: MessageFate['fate']) =>
    fs.filter((f) => f.fate === fate).length;
  for (const { topic, fates } of inputs) {
    t.comment(
      `${topic}: ${fates.length} messages, ${count(fates, 'handled')} valid, ${count(fates, 'ignored')} of other types, ${count(fates, 'parked')} undecodable`,
    );
  }
  t.comment(`fed and consumed in ${Date.now() - started} ms`);
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200, 'still ready: no crash');

  const all = inputs.flatMap((i) => i.fates);
  t.equal(
    await metricValue(app, 'consumer_messages_total', { group, outcome: 'dead_letter' }),
    count(all, 'parked'),
    'parked exactly the undecodable messages',
  );
  for (const { topic, fates } of inputs) {
    const dlq = await readTopic(dlqTopic(topic), 120_000);
    t.equal(dlq.length, count(fates, 'parked'), `${dlqTopic(topic)}: one per bad message`);
    t.same(
      dlq.map((m) => String(m.headers?.[DlqHeaders.reason] ?? '')).sort(),
      fates.flatMap((f) => (f.fate === 'parked' ? [f.reason] : [])).sort(),
      `${dlqTopic(topic)}: each says why, with the decoder’s reason`,
    );
  }

  // stored and emitted: only what valid messages name
  const handled = all.flatMap((f) => (f.fate === 'handled' ? [f.event] : []));
  const data = handled.map((e) => e.data as { challengeId?: string; startupId?: string });
  const startups = new Set(data.flatMap((d) => (d.startupId ? [d.startupId] : [])));
  const challenges = new Set(data.flatMap((d) => (d.challengeId ? [d.challengeId] : [])));
  const matches = new Set(
    data.flatMap((d) =>
      d.challengeId && d.startupId ? [matchIdFor(d.challengeId, d.startupId)] : [],
    ),
  );
  const mongo = new MongoClient(serverUrls().mongoUrl);
  t.teardown(() => mongo.close());
  const db = mongo.db(config.MONGO_DB);
  for (const [name, allowed] of [
    ['startups', startups],
    ['closed_challenges', challenges],
    ['deliveries', matches],
  ] as const) {
    const ids = (
      await db
        .collection(name)
        .find({}, { projection: { _id: 1 } })
        .toArray()
    ).map((d) => String(d._id));
    t.same(
      ids.filter((id) => !allowed.has(id)),
      [],
      `${name}: only what valid events named is stored (${ids.length})`,
    );
  }
  await new Promise((r) => setTimeout(r, 1000));
  const emitted = out
    .all()
    .map((m) => m.key?.toString() ?? '')
    .filter((k) => k.startsWith(prefix));
  t.same(
    emitted.filter((k) => !startups.has(k)),
    [],
    `notifications.v1: only startups of valid events (${emitted.length} messages)`,
  );
});
