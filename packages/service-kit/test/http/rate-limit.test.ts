import { Redis } from 'ioredis';
import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { authPlugin } from '../../src/http/auth.js';
import { mintToken } from '../../src/http/mint-token.js';
import { rateLimitPlugin, writeRateLimit } from '../../src/http/rate-limit.js';
import { serverUrls, uniqueName } from '../../src/server-urls.js';
import {
  bearer,
  hs256Options,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_SECRET,
} from './fixtures/auth-app.js';

// Against the real Redis started by infra/ (REDIS_URL).
const redis = new Redis(serverUrls().redisUrl, { maxRetriesPerRequest: 1 });
const nameSpace = `${uniqueName('rl-test')}:`;
t.teardown(async () => {
  const keys = await redis.keys(`${nameSpace}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

async function buildApp(store: Redis, ns: string) {
  const app = await createApp({ service: 'rate-limit-test', logger: false });
  await app.register(authPlugin, hs256Options);
  await app.register(rateLimitPlugin, { redis: store, nameSpace: ns, max: 3, timeWindow: 60_000 });
  app.post('/things', { config: { rateLimit: writeRateLimit } }, async (_req, reply) =>
    reply.code(201).send({ ok: true }),
  );
  app.post('/rare', { config: { rateLimit: { ...writeRateLimit, max: 1 } } }, async () => ({}));
  app.get('/things', async () => []);
  await app.ready();
  return app;
}

const app = await buildApp(redis, nameSpace);
t.teardown(() => app.close());
const token = (sub: string) =>
  mintToken({
    role: 'admin',
    sub,
    secret: TEST_SECRET,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
  });

t.test('N writes pass, the next is 429 problem+json with Retry-After', async (t) => {
  const alice = bearer(await token('alice'));
  for (let i = 1; i <= 3; i++) {
    const res = await app.inject({ method: 'POST', url: '/things', headers: alice });
    t.equal(res.statusCode, 201, `write ${i}`);
    t.equal(res.headers['x-ratelimit-remaining'], String(3 - i));
  }
  const res = await app.inject({ method: 'POST', url: '/things', headers: alice });
  t.equal(res.statusCode, 429);
  t.match(res.headers['content-type'], /^application\/problem\+json/);
  t.match(res.json(), { status: 429, code: 'RATE_LIMITED', detail: /retry in/ });
  const retryAfter = Number(res.headers['retry-after']);
  t.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
  const keys = await redis.keys(`${nameSpace}*`);
  t.ok(keys.length > 0, 'the counters live in Redis');

  const reads = await Promise.all(
    Array.from({ length: 5 }, () => app.inject({ url: '/things', headers: alice })),
  );
  t.same(
    reads.map((r) => r.statusCode),
    [200, 200, 200, 200, 200],
    'reads are not limited',
  );
  t.notOk(reads[0]?.headers['x-ratelimit-limit'], 'no limit headers on reads');
});

t.test('limits count per caller: another subject still writes', async (t) => {
  const bob = bearer(await token('bob'));
  const res = await app.inject({ method: 'POST', url: '/things', headers: bob });
  t.equal(res.statusCode, 201);
});

t.test('anonymous callers are counted by address', async (t) => {
  const from = (remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/rare', remoteAddress });
  t.equal((await from('10.0.0.1')).statusCode, 200);
  t.equal((await from('10.0.0.1')).statusCode, 429);
  t.equal((await from('10.0.0.2')).statusCode, 200, 'a different address has its own count');
});

t.test('a second app sharing the Redis shares the counts (replicas)', async (t) => {
  const replica = await buildApp(redis, nameSpace);
  t.teardown(() => replica.close());
  const alice = bearer(await token('alice'));
  const res = await replica.inject({ method: 'POST', url: '/things', headers: alice });
  t.equal(res.statusCode, 429);
});

t.test('with Redis unreachable, writes pass unlimited rather than fail', async (t) => {
  const dead = new Redis('redis://127.0.0.1:1', {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  dead.on('error', () => {});
  t.teardown(() => dead.disconnect());
  const down = await buildApp(dead, `${nameSpace}down:`);
  t.teardown(() => down.close());
  const alice = bearer(await token('alice'));
  for (let i = 0; i < 5; i++) {
    const res = await down.inject({ method: 'POST', url: '/things', headers: alice });
    t.equal(res.statusCode, 201);
  }
});
