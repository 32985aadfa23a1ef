import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { authPlugin } from '../../src/http/auth.js';
import { mintToken } from '../../src/http/mint-token.js';
import { securityHeadersPlugin } from '../../src/http/security-headers.js';
import {
  bearer,
  hs256Options,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_SECRET,
} from './fixtures/auth-app.js';

const app = await createApp({ service: 'headers-test', logger: false });
await app.register(securityHeadersPlugin);
await app.register(authPlugin, hs256Options);
app.get('/public', async () => ({ ok: true }));
app.get('/mine', { preHandler: app.requireRole() }, async () => ({ ok: true }));
app.get('/cached', async (_req, reply) =>
  reply.header('cache-control', 'private, max-age=60').send({}),
);
t.teardown(() => app.close());
const token = await mintToken({
  role: 'admin',
  secret: TEST_SECRET,
  issuer: TEST_ISSUER,
  audience: TEST_AUDIENCE,
});

const base = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

t.test('every answer forbids sniffing, framing and referrers', async (t) => {
  for (const url of ['/public', '/mine', '/nowhere']) {
    const res = await app.inject({ url });
    t.match(res.headers, base, url);
  }
  t.equal((await app.inject({ url: '/public' })).headers['cache-control'], undefined);
});

t.test('an authenticated answer is never stored by caches', async (t) => {
  const res = await app.inject({ url: '/mine', headers: bearer(token) });
  t.equal(res.statusCode, 200);
  t.match(res.headers, { ...base, 'cache-control': 'no-store' });
  const refused = await app.inject({ url: '/mine', headers: bearer(`${token}x`) });
  t.equal(refused.statusCode, 401);
  t.match(refused.headers, { ...base, 'cache-control': 'no-store' }, 'also on a refusal');
});

t.test("a route's own cache policy for a public answer stays", async (t) => {
  const res = await app.inject({ url: '/cached' });
  t.equal(res.headers['cache-control'], 'private, max-age=60');
});

t.test(
  'HSTS everywhere; an API answer gets a CSP that allows nothing; no x-powered-by',
  async (t) => {
    for (const url of ['/public', '/nowhere']) {
      const res = await app.inject({ url });
      t.match(res.headers['strict-transport-security'], /^max-age=\d+/, url);
      t.equal(res.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
      t.equal(res.headers['x-powered-by'], undefined);
    }
  },
);
