import { uniqueName } from '@citymatch/service-kit';
import {
  checkFuzzOutcome,
  ExpectedEvents,
  type FuzzPayload,
  fuzzBody,
  fuzzRoute,
  injectable,
  sampleFuzz,
  tameString,
} from '@citymatch/testkit';
import t from 'tap';
import { announce, challengeVariations } from '../helpers/fuzz-setup.js';
import {
  bearer,
  challengeBody,
  createChallenge,
  createOrg,
  testApp,
  tokens,
} from '../helpers/test-app.js';

// Up to 10,000 generated bodies per challenge write route, in-process against the real Mongo,
// Redis and Kafka (a topic of this test's own): never a 5xx, every 4xx problem+json, and a
// refused body stores nothing and puts no event on the topic.

const { seed, runs } = announce(t);
const topic = uniqueName('challenges-fuzz');
const { app, db } = await testApp(t, { CHALLENGES_TOPIC: topic });
const admin = bearer(await tokens.admin());
await createOrg(app, 'fuzzorg');

const send = (method: 'POST' | 'PATCH', url: string, p: FuzzPayload, extra = {}) => {
  const { payload, headers } = injectable(p);
  return app.inject({ method, url, payload, headers: { ...admin, ...extra, ...headers } });
};

const expected = new ExpectedEvents((e) => (e.data as { challengeId: string }).challengeId);
const expectEvent = (id: string) => expected.add(id);
const drafts = new Set<string>();

t.test('POST /organisations/:orgId/challenges', async (t) => {
  const before = await db.collection('challenges').countDocuments({});
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => challengeBody(), validVariations: challengeVariations }),
    seed,
    runs,
  );
  const o = await fuzzRoute(bodies, (p) => send('POST', '/organisations/fuzzorg/challenges', p), {
    concurrency: 4,
    onAccepted: (res) => drafts.add(JSON.parse(res.body).id),
  });
  checkFuzzOutcome(t, 'POST /organisations/:orgId/challenges', o);
  const stored = await db
    .collection('challenges')
    .find({}, { projection: { _id: 1 } })
    .toArray();
  t.equal(stored.length - before, o.accepted, 'one challenge stored per accepted body, none else');
  t.equal(
    stored.filter((d) => !drafts.has(String(d._id))).length,
    before,
    'every new challenge came from an accepted body',
  );
});

t.test('PATCH /challenges/:id of a published one (each accepted change an event)', async (t) => {
  const { id, etag: first } = await createChallenge(app, 'fuzzorg', { publish: true });
  expectEvent(id);
  let etag = first;
  const bodies = sampleFuzz(
    fuzzBody({
      valid: () => ({ title: 'Edited title' }),
      validVariations: challengeVariations,
      validShare: 0.03,
    }),
    seed + 1,
    runs,
  );
  const o = await fuzzRoute(
    bodies,
    (p) => send('PATCH', `/challenges/${id}`, p, { 'if-match': etag }),
    {
      onAccepted: (res) => {
        etag = String(res.headers.etag);
        expectEvent(id);
      },
    },
  );
  checkFuzzOutcome(t, 'PATCH /challenges/:id', o);
  const now = (await app.inject({ url: `/challenges/${id}` })).json();
  t.equal(now.version, 2 + o.accepted, 'the version moved once per accepted body only');
});

t.test('POST /challenges/:id/publish (takes no body)', async (t) => {
  const { id } = await createChallenge(app, 'fuzzorg');
  const bodies = sampleFuzz(fuzzBody({ valid: () => ({}) }), seed + 2, runs);
  const o = await fuzzRoute(bodies, (p) => send('POST', `/challenges/${id}/publish`, p), {
    onAccepted: () => expectEvent(id),
  });
  checkFuzzOutcome(t, 'POST /challenges/:id/publish', o);
  t.ok(o.accepted <= 1, 'one draft: at most one publication, the rest refused');
});

t.test('POST /challenges/:id/close', async (t) => {
  const { id } = await createChallenge(app, 'fuzzorg', { publish: true });
  expectEvent(id);
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => ({ reason: 'Solved' }), validVariations: { reason: tameString() } }),
    seed + 3,
    runs,
  );
  const o = await fuzzRoute(bodies, (p) => send('POST', `/challenges/${id}/close`, p), {
    onAccepted: () => expectEvent(id),
  });
  checkFuzzOutcome(t, 'POST /challenges/:id/close', o);
  t.ok(o.accepted <= 1, 'one published challenge: at most one closing');
});

t.test('the topic carries exactly the events of accepted writes', (t) =>
  expected.check(t, topic, db.collection('challenges')),
);
