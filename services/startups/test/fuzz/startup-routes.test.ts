import { uniqueName } from '@citymatch/service-kit';
import {
  checkFuzzOutcome,
  ExpectedEvents,
  type FuzzPayload,
  fuzzBody,
  fuzzRoute,
  fuzzSettings,
  injectable,
  sampleFuzz,
  tameString,
} from '@citymatch/testkit';
import fc from 'fast-check';
import t from 'tap';
import { bearer, registerStartup, startupBody, testApp, tokens } from '../helpers/test-app.js';

// Up to 10,000 generated bodies per startup write route (FUZZ_RUNS, FUZZ_SEED to replay,
// FUZZ_BUDGET_MS per route), in-process against the real Mongo, Redis and Kafka (a topic of
// this test's own): never a 5xx, every 4xx problem+json, and a refused body stores nothing and
// puts no event on the topic.

const { seed, runs } = fuzzSettings();
t.setTimeout(600_000);
t.comment(`fuzz seed ${seed}, up to ${runs} bodies per route (FUZZ_SEED=${seed} replays)`);

const topic = uniqueName('startups-fuzz');
const { app, db } = await testApp(t, { STARTUPS_TOPIC: topic });
const admin = bearer(await tokens.admin());

const variations = {
  name: tameString(),
  description: fc.oneof(tameString(), fc.constant('')),
  sectors: fc.array(tameString(), { minLength: 1, maxLength: 5 }),
  city: tameString(),
  stage: fc.constantFrom('idea', 'mvp', 'pilot'),
  notificationPreference: fc.constantFrom('each_match', 'daily_digest', 'unsubscribed'),
};
const randomId = () => `s${Math.random().toString(36).slice(2, 10)}`;
const send = (method: 'POST' | 'PATCH', url: string, p: FuzzPayload, extra = {}) => {
  const { payload, headers } = injectable(p);
  return app.inject({ method, url, payload, headers: { ...admin, ...extra, ...headers } });
};

const expected = new ExpectedEvents((e) => (e.data as { startupId: string }).startupId);
const expectEvent = (id: string) => expected.add(id);

t.test('POST /startups', async (t) => {
  const before = await db.collection('startups').countDocuments({});
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => startupBody(randomId()), validVariations: variations }),
    seed,
    runs,
  );
  const o = await fuzzRoute(bodies, (p) => send('POST', '/startups', p), {
    concurrency: 4,
    onAccepted: (res) => expectEvent(JSON.parse(res.body).id),
  });
  checkFuzzOutcome(t, 'POST /startups', o);
  const after = await db.collection('startups').countDocuments({});
  t.equal(after - before, o.accepted, 'one startup stored per accepted body, none else');
});

t.test('PATCH /startups/:id', async (t) => {
  const { id, etag: first } = await registerStartup(app, 'fuzzpatch');
  expectEvent(id);
  let etag = first;
  const bodies = sampleFuzz(
    fuzzBody({
      valid: () => ({ name: 'Renamed' }),
      validVariations: variations,
      validShare: 0.03,
    }),
    seed + 1,
    runs,
  );
  const o = await fuzzRoute(
    bodies,
    (p) => send('PATCH', `/startups/${id}`, p, { 'if-match': etag }),
    {
      onAccepted: (res) => {
        etag = String(res.headers.etag);
        expectEvent(id);
      },
    },
  );
  checkFuzzOutcome(t, 'PATCH /startups/:id', o);
  const now = (await app.inject({ url: `/startups/${id}`, headers: admin })).json();
  t.equal(now.version, 1 + o.accepted, 'the version moved once per accepted body only');
});

t.test('POST /startups/:id/deactivate', async (t) => {
  const { id } = await registerStartup(app, 'fuzzdeactivate');
  expectEvent(id);
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => ({ reason: 'Closing' }), validVariations: { reason: tameString() } }),
    seed + 2,
    runs,
  );
  const o = await fuzzRoute(bodies, (p) => send('POST', `/startups/${id}/deactivate`, p), {
    onAccepted: () => expectEvent(id),
  });
  checkFuzzOutcome(t, 'POST /startups/:id/deactivate', o);
  t.ok(o.accepted <= 1, 'one active startup: at most one deactivation');
});

t.test('the topic carries exactly the events of accepted writes', (t) =>
  expected.check(t, topic, db.collection('startups')),
);
