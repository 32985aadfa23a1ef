import { SignJWT } from 'jose';
import t, { type Test } from 'tap';
import { mintToken } from '../../src/http/mint-token.js';
import {
  bearer,
  buildAuthApp,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_SECRET,
} from './fixtures/auth-app.js';

const { app, logLines } = await buildAuthApp();
t.teardown(() => app.close());

const mint = (opts: Parameters<typeof mintToken>[0]) =>
  mintToken({ secret: TEST_SECRET, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, ...opts });
const muni1 = await mint({ role: 'municipality', org: 'org-1', sub: 'alice' });
const startup1 = await mint({ role: 'startup', startup: 'st-1', sub: 'bob' });
const admin = await mint({ role: 'admin', sub: 'root' });

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const nowSec = () => Math.floor(Date.now() / 1000);

t.test(
  'no token on a guarded route: 401 AUTH_MISSING problem+json with a Bearer challenge',
  async (t) => {
    const res = await app.inject({ method: 'POST', url: '/orgs/org-1/challenges' });
    t.equal(res.statusCode, 401);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.match(res.headers['www-authenticate'], /^Bearer realm="citymatch"$/);
    t.match(res.json(), { status: 401, code: 'AUTH_MISSING', instance: '/orgs/org-1/challenges' });
  },
);

t.test('public route without a token: principal is null', async (t) => {
  const res = await app.inject({ url: '/public' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { principal: null });
});

t.test('a municipality edits its own organisation only', async (t) => {
  const own = await app.inject({
    method: 'POST',
    url: '/orgs/org-1/challenges',
    headers: bearer(muni1),
  });
  t.equal(own.statusCode, 201);
  t.same(own.json(), { org: 'org-1', by: 'alice' });

  const other = await app.inject({
    method: 'POST',
    url: '/orgs/org-2/challenges',
    headers: bearer(muni1),
  });
  t.equal(other.statusCode, 403);
  t.match(other.headers['content-type'], /^application\/problem\+json/);
  t.match(other.json(), { code: 'FORBIDDEN_TENANT', detail: /org-2/ });

  const startupRoute = await app.inject({
    method: 'PUT',
    url: '/startups/st-1',
    headers: bearer(muni1),
  });
  t.equal(startupRoute.statusCode, 403);
  t.match(startupRoute.json(), { code: 'FORBIDDEN_ROLE', detail: /startup.*municipality/ });
});

t.test('a startup edits its own profile only, and is not a municipality', async (t) => {
  const own = await app.inject({ method: 'PUT', url: '/startups/st-1', headers: bearer(startup1) });
  t.equal(own.statusCode, 200);
  const other = await app.inject({
    method: 'PUT',
    url: '/startups/st-2',
    headers: bearer(startup1),
  });
  t.equal(other.statusCode, 403);
  t.match(other.json(), { code: 'FORBIDDEN_TENANT' });
  const muniRoute = await app.inject({
    method: 'POST',
    url: '/orgs/org-1/challenges',
    headers: bearer(startup1),
  });
  t.equal(muniRoute.statusCode, 403);
  t.match(muniRoute.json(), { code: 'FORBIDDEN_ROLE' });
  const adminRoute = await app.inject({
    method: 'DELETE',
    url: '/admin/cache',
    headers: bearer(startup1),
  });
  t.equal(adminRoute.statusCode, 403);
});

t.test('admin passes every guard and every tenant check', async (t) => {
  for (const [method, url] of [
    ['POST', '/orgs/org-9/challenges'],
    ['PUT', '/startups/st-9'],
    ['DELETE', '/admin/cache'],
  ] as const) {
    const res = await app.inject({ method, url, headers: bearer(admin) });
    t.ok(res.statusCode < 300, `${method} ${url} -> ${res.statusCode}`);
  }
});

t.test('requireRole() with no roles admits any verified caller', async (t) => {
  const res = await app.inject({ url: '/me', headers: bearer(startup1) });
  t.same(res.json(), { sub: 'bob', role: 'startup', startup: 'st-1' });
  t.equal((await app.inject({ url: '/me' })).statusCode, 401);
});

async function refused(t: Test, token: string, reason: RegExp) {
  const res = await app.inject({
    method: 'POST',
    url: '/orgs/org-1/challenges',
    headers: bearer(token),
  });
  t.equal(res.statusCode, 401);
  t.match(res.headers['content-type'], /^application\/problem\+json/);
  t.match(res.json(), { code: 'AUTH_INVALID', detail: reason });
  t.match(res.headers['www-authenticate'], /^Bearer realm="citymatch", error="invalid_token"/);
}

t.test('alg none is refused', async (t) => {
  const payload = {
    sub: 'eve',
    role: 'admin',
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    exp: nowSec() + 600,
  };
  await refused(t, `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`, /algorithm not allowed/);
  await refused(t, `${b64({ alg: 'none' })}.${b64(payload)}`, /malformed/);
});

t.test('a token signed with another key is refused', async (t) => {
  const forged = await mintToken({
    role: 'admin',
    secret: 'another-secret-of-sufficient-length!!',
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
  });
  await refused(t, forged, /signature not valid/);
});

t.test(
  'an algorithm other than the configured one is refused, even with the right secret',
  async (t) => {
    const hs512 = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('eve')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET));
    await refused(t, hs512, /algorithm not allowed/);
  },
);

t.test('expiry: refused past the small clock tolerance, accepted within it', async (t) => {
  await refused(t, await mint({ role: 'admin', ttl: -60 }), /token expired/);
  const justExpired = await mint({ role: 'municipality', org: 'org-1', ttl: -2 });
  const res = await app.inject({
    method: 'POST',
    url: '/orgs/org-1/challenges',
    headers: bearer(justExpired),
  });
  t.equal(res.statusCode, 201, 'two seconds of skew are tolerated');
});

t.test('wrong issuer or audience is refused', async (t) => {
  await refused(t, await mint({ role: 'admin', issuer: 'someone-else' }), /claim iss/);
  await refused(t, await mint({ role: 'admin', audience: 'another-api' }), /claim aud/);
});

t.test('claims that do not fit the role are refused', async (t) => {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(TEST_ISSUER)
      .setAudience(TEST_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_SECRET));
  await refused(t, await sign({ role: 'municipality' }), /no org claim/);
  await refused(t, await sign({ role: 'startup', org: 'org-1' }), /no startup claim/);
  await refused(t, await sign({ role: 'superuser' }), /unknown role/);
  const noExp = await new SignJWT({ role: 'admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer(TEST_ISSUER)
    .setAudience(TEST_AUDIENCE)
    .sign(new TextEncoder().encode(TEST_SECRET));
  await refused(t, noExp, /claim exp/);
});

t.test('malformed Authorization headers are refused, also on public routes', async (t) => {
  for (const authorization of [
    'Basic dXNlcjpwYXNz',
    'Bearer',
    'Bearer not a token',
    'Bearer abc.def',
  ]) {
    const res = await app.inject({ url: '/public', headers: { authorization } });
    t.equal(res.statusCode, 401, authorization);
    t.equal(res.json().code, 'AUTH_INVALID');
  }
});

t.test('tokens never appear in the logs', async (t) => {
  const expired = await mint({ role: 'admin', ttl: -60 });
  await app.inject({ url: '/public', headers: bearer(muni1) });
  await app.inject({ url: '/public', headers: bearer(expired) });
  await app.inject({ method: 'PUT', url: '/startups/st-2', headers: bearer(startup1) });
  t.ok(logLines.length > 0, 'the app did log');
  const all = logLines.join('');
  for (const token of [muni1, expired, startup1]) {
    t.notOk(all.includes(token.split('.')[2] ?? token), 'no signature in the logs');
    t.notOk(all.includes(token.split('.')[1] ?? token), 'no claims segment in the logs');
  }
});
