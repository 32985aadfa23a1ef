import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import t from 'tap';
import { bearer, buildAuthApp, TEST_AUDIENCE, TEST_ISSUER } from './fixtures/auth-app.js';

// The identity provider's key set, served over HTTP from this process, as jose fetches it.
const rsa = await generateKeyPair('RS256');
const ec = await generateKeyPair('ES256');
const intruder = await generateKeyPair('RS256');
const keys: JWK[] = [
  { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
  { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
];
let fetches = 0;
const idp = createServer((req, res) => {
  fetches++;
  if (req.url !== '/.well-known/jwks.json') {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
});
await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
t.teardown(() => new Promise<void>((resolve) => idp.close(() => resolve())));
const jwksUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}/.well-known/jwks.json`;

const { app } = await buildAuthApp({ jwksUrl, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
t.teardown(() => app.close());

type Key = Parameters<SignJWT['sign']>[0];
function sign(key: Key, header: { alg: string; kid?: string }, claims: Record<string, unknown>) {
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setSubject('idp-user')
    .setIssuer(TEST_ISSUER)
    .setAudience(TEST_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key);
}

const post = (token: string, org = 'org-1') =>
  app.inject({ method: 'POST', url: `/orgs/${org}/challenges`, headers: bearer(token) });

t.test('RS256 and ES256 tokens from the key set are accepted, with their roles', async (t) => {
  const rs = await sign(
    rsa.privateKey,
    { alg: 'RS256', kid: 'rsa-1' },
    {
      role: 'municipality',
      org: 'org-1',
    },
  );
  t.equal((await post(rs)).statusCode, 201);
  t.equal((await post(rs, 'org-2')).statusCode, 403, 'tenancy still applies');

  const es = await sign(
    ec.privateKey,
    { alg: 'ES256', kid: 'ec-1' },
    {
      role: 'startup',
      startup: 'st-1',
    },
  );
  const res = await app.inject({ method: 'PUT', url: '/startups/st-1', headers: bearer(es) });
  t.equal(res.statusCode, 200);
  t.ok(fetches >= 1 && fetches <= 2, `key set fetched and cached (${fetches} fetches)`);
});

t.test('a key that is not in the set is refused', async (t) => {
  const claims = { role: 'admin' };
  const sameKid = await sign(intruder.privateKey, { alg: 'RS256', kid: 'rsa-1' }, claims);
  const res = await post(sameKid);
  t.equal(res.statusCode, 401);
  t.match(res.json(), { code: 'AUTH_INVALID', detail: /signature not valid/ });

  const unknownKid = await sign(intruder.privateKey, { alg: 'RS256', kid: 'rsa-9' }, claims);
  const res2 = await post(unknownKid);
  t.equal(res2.statusCode, 401);
  t.match(res2.json(), { code: 'AUTH_INVALID', detail: /no matching key/ });
});

t.test(
  'HS256 (a local token, or one keyed with the public key) and alg none are refused',
  async (t) => {
    const hs = await sign(
      new TextEncoder().encode('dev-only-secret-change-me'),
      { alg: 'HS256' },
      {
        role: 'admin',
      },
    );
    const res = await post(hs);
    t.equal(res.statusCode, 401);
    t.match(res.json(), { code: 'AUTH_INVALID', detail: /algorithm not allowed/ });

    const jwk = keys[0];
    const confused = await sign(
      new TextEncoder().encode(JSON.stringify(jwk)),
      {
        alg: 'HS256',
        kid: 'rsa-1',
      },
      { role: 'admin' },
    );
    t.equal((await post(confused)).statusCode, 401);

    const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const none = `${b64({ alg: 'none', kid: 'rsa-1' })}.${b64({
      sub: 'eve',
      role: 'admin',
      iss: TEST_ISSUER,
      aud: TEST_AUDIENCE,
      exp: Math.floor(Date.now() / 1000) + 600,
    })}.`;
    t.equal((await post(none)).statusCode, 401);
  },
);

t.test('an unreachable key set is 503 AUTH_UNAVAILABLE, not a verdict on the token', async (t) => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const { app: down } = await buildAuthApp({
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
  });
  t.teardown(() => down.close());
  const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }, { role: 'admin' });
  const res = await down.inject({ url: '/public', headers: bearer(token) });
  t.equal(res.statusCode, 503);
  t.match(res.headers['content-type'], /^application\/problem\+json/);
  t.match(res.json(), { code: 'AUTH_UNAVAILABLE' });
});
