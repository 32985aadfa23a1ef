import { serverUrls } from '@citymatch/service-kit';
import {
  checkFuzzOutcome,
  type FuzzPayload,
  fuzzBody,
  fuzzRoute,
  fuzzSettings,
  injectable,
  oddString,
  sampleFuzz,
} from '@citymatch/testkit';
import fc from 'fast-check';
import { MongoClient } from 'mongodb';
import t from 'tap';
import { signUnsubscribeToken } from '../../src/domain/unsubscribe-token.js';
import { TEST_SECRET, testService } from '../helpers/test-app.js';

// Up to 10,000 generated requests to POST /unsubscribe (FUZZ_RUNS; FUZZ_SEED replays):
// JSON bodies (mostly broken), form bodies, tokens in the query that are forged, expired,
// tampered, re-pointed or garbage, and some valid ones. Never a 5xx, every 4xx problem+json,
// and only the startups named in valid tokens are ever recorded as unsubscribed.

const { seed, runs } = fuzzSettings();
t.setTimeout(600_000);
t.comment(`fuzz seed ${seed}, up to ${runs} requests (FUZZ_SEED=${seed} replays)`);

const hour = () => new Date(Date.now() + 3_600_000);
let n = 0;
const validToken = () =>
  signUnsubscribeToken({ startupId: `fzv-${n++}`, expiresAt: hour() }, TEST_SECRET);
const victim = 'fzx-victim';
const other = 'fzx-other';

/** Tokens that must all be refused: forged, expired, tampered, re-pointed, garbage. */
const badToken = fc.oneof(
  fc.constant(
    signUnsubscribeToken({ startupId: victim, expiresAt: hour() }, 'not-the-secret-0123456789'),
  ),
  fc.constant(
    signUnsubscribeToken(
      { startupId: victim, expiresAt: new Date(Date.now() - 1000) },
      TEST_SECRET,
    ),
  ),
  fc.constant(null).map(() => {
    // a valid token for `other` with its payload swapped for the victim's
    const [, sig] = signUnsubscribeToken(
      { startupId: other, expiresAt: hour() },
      TEST_SECRET,
    ).split('.');
    const payload = Buffer.from(JSON.stringify({ s: victim, e: 9_999_999_999 })).toString(
      'base64url',
    );
    return `${payload}.${sig}`;
  }),
  fc.nat({ max: 40 }).map((i) => {
    // one character of a valid token flipped
    const token = signUnsubscribeToken({ startupId: victim, expiresAt: hour() }, TEST_SECRET);
    const at = i % token.length;
    return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
  }),
  fc.constantFrom('', '.', 'a.b', 'x', `${'a'.repeat(2001)}.b`, 'a.b.c', '%00', 'e30.e30'),
  oddString(30),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** Every UTF-8 byte percent-encoded (encodeURIComponent throws on a lone surrogate). */
const percentEncoded = (s: string) =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

type Request = { query?: string; body: FuzzPayload };
const form = (body: string): FuzzPayload => ({
  kind: 'raw',
  body,
  contentType: 'application/x-www-form-urlencoded',
});
const requests = fc.oneof(
  {
    arbitrary: fuzzBody({ valid: () => ({ token: validToken() }) }).map((body) => ({ body })),
    weight: 60,
  },
  {
    arbitrary: fc
      .record({
        token: badToken,
        body: fc.constantFrom('List-Unsubscribe=One-Click', '', 'a=b&a=c'),
      })
      .map(({ token, body }) => ({ query: token, body: form(body) })),
    weight: 30,
  },
  {
    arbitrary: badToken.map((token) => ({
      body: { kind: 'json', body: { token } } as FuzzPayload,
    })),
    weight: 8,
  },
  {
    arbitrary: fc.constant(null).map(() => ({
      query: validToken(),
      body: form('List-Unsubscribe=One-Click'),
    })),
    weight: 2,
  },
);

t.test('POST /unsubscribe', async (t) => {
  const { app, config } = await testService(t, { RATE_LIMIT_MAX: '1000000' });
  const mongo = new MongoClient(serverUrls().mongoUrl);
  t.teardown(() => mongo.close());
  const startups = mongo.db(config.MONGO_DB).collection('startups');
  const accepted = new Set<string>();
  const list = sampleFuzz(requests, seed, runs) as Request[];
  const o = await fuzzRoute(
    list.map((r) => r.body),
    (p, i) => {
      const q = list[i]?.query;
      const { payload, headers } = injectable(p);
      const url = q === undefined ? '/unsubscribe' : `/unsubscribe?token=${percentEncoded(q)}`;
      return app.inject({ method: 'POST', url, payload, headers });
    },
    { concurrency: 4, onAccepted: (res) => accepted.add(JSON.parse(res.body).startupId) },
  );
  checkFuzzOutcome(t, 'POST /unsubscribe', o);
  t.ok(o.accepted > 0, `some valid tokens went through (${o.accepted})`);
  t.ok(
    [...accepted].every((id) => id.startsWith('fzv-')),
    'only startups named in valid tokens were unsubscribed',
  );
  const recorded = (await startups.find({}, { projection: { _id: 1 } }).toArray()).map((d) =>
    String(d._id),
  );
  t.same(recorded.sort(), [...accepted].sort(), 'recorded: exactly the startups of valid tokens');
});
