import {
  checkFuzzOutcome,
  type FuzzPayload,
  fuzzBody,
  fuzzRoute,
  injectable,
  sampleFuzz,
} from '@citymatch/testkit';
import t from 'tap';
import { announce, orgVariations } from '../helpers/fuzz-setup.js';
import { bearer, createOrg, orgBody, testApp, tokens } from '../helpers/test-app.js';

// Up to 10,000 generated bodies per organisation write route, in-process against the real
// Mongo and Redis: never a 5xx, every 4xx problem+json, nothing stored for a refused body.

const { seed, runs } = announce(t);
const { app, db } = await testApp(t);
const admin = bearer(await tokens.admin());
await createOrg(app, 'fuzzorg');

const send = (method: 'POST' | 'PATCH', url: string, p: FuzzPayload, extra = {}) => {
  const { payload, headers } = injectable(p);
  return app.inject({ method, url, payload, headers: { ...admin, ...extra, ...headers } });
};
const randomId = () => `o${Math.random().toString(36).slice(2, 10)}`;

t.test('POST /organisations', async (t) => {
  const before = await db.collection('organisations').countDocuments({});
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => orgBody(randomId()), validVariations: orgVariations }),
    seed,
    runs,
  );
  const o = await fuzzRoute(bodies, (p) => send('POST', '/organisations', p), { concurrency: 4 });
  checkFuzzOutcome(t, 'POST /organisations', o);
  const after = await db.collection('organisations').countDocuments({});
  t.equal(after - before, o.accepted, 'one organisation stored per accepted body, none else');
});

t.test('PATCH /organisations/:orgId', async (t) => {
  let etag = String((await app.inject({ url: '/organisations/fuzzorg' })).headers.etag);
  const { id: _id, ...patchable } = orgVariations;
  const bodies = sampleFuzz(
    fuzzBody({ valid: () => ({ name: 'Renamed', city: 'Van' }), validVariations: patchable }),
    seed + 1,
    runs,
  );
  const o = await fuzzRoute(
    bodies,
    (p) => send('PATCH', '/organisations/fuzzorg', p, { 'if-match': etag }),
    {
      onAccepted: (res) => {
        etag = String(res.headers.etag);
      },
    },
  );
  checkFuzzOutcome(t, 'PATCH /organisations/:orgId', o);
  const org = (await app.inject({ url: '/organisations/fuzzorg' })).json();
  t.equal(org.version, 1 + o.accepted, 'the version moved once per accepted body only');
});
