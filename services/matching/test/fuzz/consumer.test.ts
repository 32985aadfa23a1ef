import { DlqHeaders, dlqTopic, type EventType, Topics } from '@citymatch/events';
import {
  expectedFate,
  type FuzzMessage,
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
import t from 'tap';
import { indexGroupOf } from '../../src/config.js';
import { testService } from '../helpers/test-service.js';

// Up to 10,000 generated event payloads (FUZZ_EVENTS; FUZZ_SEED replays) through the real
// consumer path: Kafka topics of this test's own, both consumer groups (ConsumerRunner), Redis,
// Mongo. Nothing crashes; what does not decode is parked in <topic>.dlq with its reason; a type
// matching does not take is ignored; nothing is stored or emitted for a message that is parked
// or ignored.

const { seed } = fuzzSettings();
const total = Number(process.env['FUZZ_EVENTS'] ?? 10_000);
const budgetMs = Number(process.env['FUZZ_BUDGET_MS'] ?? 120_000);
t.setTimeout(900_000);
t.comment(`fuzz seed ${seed}, ${total} messages (FUZZ_SEED=${seed} replays, FUZZ_EVENTS sizes)`);

const CHALLENGE_TYPES: EventType[] = [
  'challenge.published',
  'challenge.updated',
  'challenge.closed',
];
const STARTUP_TYPES: EventType[] = ['startup.registered', 'startup.updated', 'startup.deactivated'];
const TAKEN = [...CHALLENGE_TYPES, ...STARTUP_TYPES];
const NOT_TAKEN: EventType[] = ['match.found', 'notification.sent', 'notification.suppressed'];

t.test('generated event payloads on both input topics', async (t) => {
  const prefix = `fz${Math.random().toString(36).slice(2, 8)}`;
  const { app, topics, config, db } = await testService(t);
  const out = await watchTopic(t, Topics.matching);
  const arbC = fuzzEventMessage({ prefix, types: CHALLENGE_TYPES, others: NOT_TAKEN, seed });
  const arbS = fuzzEventMessage({
    prefix,
    types: STARTUP_TYPES,
    others: NOT_TAKEN,
    seed: seed + 1,
  });
  const fates = (ms: FuzzMessage[]) => ms.map((m) => expectedFate(m, TAKEN));
  const challengeFates: MessageFate[] = [];
  const startupFates: MessageFate[] = [];
  const count = (fs: MessageFate[], fate: MessageFate['fate']) =>
    fs.filter((f) => f.fate === fate).length;
  const work = config.CONSUMER_GROUP;
  const index = indexGroupOf(config);

  // chunks of 1,000, each consumed before the next, until `total` or the time budget
  const started = Date.now();
  for (let i = 0; challengeFates.length + startupFates.length < total; i++) {
    if (Date.now() - started > budgetMs) {
      t.comment(`time budget of ${budgetMs} ms spent: stopping early`);
      break;
    }
    const half = Math.min(
      500,
      Math.ceil((total - challengeFates.length - startupFates.length) / 2),
    );
    const forChallenges = sampleFuzz(arbC, seed + 2 * i, half);
    const forStartups = sampleFuzz(arbS, seed + 2 * i + 1, half);
    challengeFates.push(...fates(forChallenges));
    startupFates.push(...fates(forStartups));
    await produceBatched(topics.challenges, forChallenges);
    await produceBatched(topics.startups, forStartups);
    const fed = challengeFates.length + startupFates.length;
    await waitUntil(
      async () =>
        (await metricValue(app, 'consumer_messages_total', { group: work })) >= fed &&
        (await metricValue(app, 'consumer_messages_total', { group: index })) >=
          startupFates.length,
      { timeoutMs: 600_000, intervalMs: 500, what: () => `${fed} messages taken by both groups` },
    );
  }
  for (const [name, fs] of [
    ['challenges', challengeFates],
    ['startups', startupFates],
  ] as const) {
    t.comment(
      `${name}: ${fs.length} messages, ${count(fs, 'handled')} valid, ${count(fs, 'ignored')} of other types, ${count(fs, 'parked')} undecodable`,
    );
  }
  t.comment(`consumed in ${Date.now() - started} ms`);
  t.equal((await app.inject({ url: '/health/ready' })).statusCode, 200, 'still ready: no crash');

  // the shared group takes both topics; the index group only startups.v1, only startup types
  const parked = count(challengeFates, 'parked') + count(startupFates, 'parked');
  t.equal(
    await metricValue(app, 'consumer_messages_total', { group: work, outcome: 'dead_letter' }),
    parked,
    'the shared group parked exactly the undecodable messages',
  );
  t.equal(
    await metricValue(app, 'consumer_messages_total', { group: index, outcome: 'dead_letter' }),
    count(startupFates, 'parked'),
    'the index group parked exactly the undecodable startup messages',
  );
  const dlqChallenges = await readTopic(dlqTopic(topics.challenges), 120_000);
  const dlqStartups = await readTopic(dlqTopic(topics.startups), 120_000);
  t.equal(
    dlqChallenges.length,
    count(challengeFates, 'parked'),
    'challenges.dlq: one per bad message',
  );
  t.equal(dlqStartups.length, 2 * count(startupFates, 'parked'), 'startups.dlq: one per group');
  const withoutReason = [...dlqChallenges, ...dlqStartups].filter(
    (m) => String(m.headers?.[DlqHeaders.reason] ?? '') === '',
  );
  t.equal(withoutReason.length, 0, 'every parked message says why');
  const reasons = (fs: MessageFate[]) =>
    fs.flatMap((f) => (f.fate === 'parked' ? [f.reason] : [])).sort();
  t.same(
    dlqChallenges.map((m) => String(m.headers?.[DlqHeaders.reason])).sort(),
    reasons(challengeFates),
    'the reasons are the decoder’s',
  );

  // stored and emitted: only what valid messages name
  const handled = [...challengeFates, ...startupFates].flatMap((f) =>
    f.fate === 'handled' ? [f.event] : [],
  );
  const validIds = new Set(
    handled.flatMap((e) => {
      const d = e.data as { challengeId?: string; startupId?: string };
      return [d.challengeId, d.startupId].filter((x): x is string => !!x);
    }),
  );
  for (const name of ['startups', 'challenges']) {
    const docs = await db!
      .collection(name)
      .find({}, { projection: { _id: 1 } })
      .toArray();
    const strays = docs.map((d) => String(d._id)).filter((id) => !validIds.has(id));
    t.same(strays, [], `${name}: only what valid events named is stored (${docs.length})`);
  }
  await new Promise((r) => setTimeout(r, 1000));
  const emitted = out
    .all()
    .map((m) => m.key?.toString() ?? '')
    .filter((k) => k.startsWith(prefix));
  t.same(
    emitted.filter((k) => !validIds.has(k)),
    [],
    `matching.v1: only challenges of valid events (${emitted.length} messages)`,
  );
});
