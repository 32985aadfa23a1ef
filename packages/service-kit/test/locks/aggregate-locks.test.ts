import { Redis } from 'ioredis';
import t from 'tap';
import { AggregateBusyError, AggregateLocks, serverUrls, uniqueName } from '../../src/index.js';

async function setup(t: { teardown(fn: () => unknown): void }, ttlMs = 15_000) {
  const redis = new Redis(serverUrls().redisUrl);
  t.teardown(() => redis.quit());
  const scope = uniqueName('locks-test');
  return {
    redis,
    locks: new AggregateLocks(redis, scope, ttlMs),
    key: (id: string) => `cm:lock:${scope}:${id}`,
  };
}

t.test('one aggregate: locked once, released only with its token', async (t) => {
  const { redis, locks, key } = await setup(t);
  const first = await locks.tryLockMany(['a']);
  t.same(first.locked, ['a'], 'free: locked');
  t.same((await locks.tryLockMany(['a'])).locked, [], 'held: not locked again');
  await locks.releaseMany(['a'], 'someone-else');
  t.equal(await redis.get(key('a')), first.token, 'a wrong token releases nothing');
  t.ok((await redis.pttl(key('a'))) > 14_000, 'with its time to live');
  await locks.releaseMany(['a'], first.token);
  t.equal(await redis.get(key('a')), null, 'released with its token');
  t.same((await locks.tryLockMany(['a'])).locked, ['a'], 'free again');
});

t.test('many aggregates: the free ones are locked, extended and released together', async (t) => {
  const { redis, locks, key } = await setup(t, 2_000);
  const other = await locks.tryLockMany(['b']);
  const mine = await locks.tryLockMany(['a', 'b', 'c']);
  t.same(mine.locked, ['a', 'c'], 'the one held elsewhere is left out');
  await redis.pexpire(key('a'), 300);
  t.same(await locks.extendMany(['a', 'b', 'c'], mine.token), ['a', 'c'], 'extended: its own');
  t.ok((await redis.pttl(key('a'))) > 1_500, 'back to a full time to live');
  await redis.del(key('c'));
  t.same(await locks.extendMany(['a', 'c'], mine.token), ['a'], 'an expired one is not held');
  await locks.releaseMany(['a', 'b', 'c'], mine.token);
  t.same(await redis.mget(key('a'), key('b')), [null, other.token], 'its own released only');
});

t.test('the lock scripts still run after the server forgot them (SCRIPT FLUSH)', async (t) => {
  const { redis, locks, key } = await setup(t);
  const held = await locks.tryLockMany(['a', 'b']);
  await locks.releaseMany(['a'], held.token);
  await redis.script('FLUSH');
  t.same(await locks.extendMany(['b'], held.token), ['b'], 'extend');
  await locks.releaseMany(['b'], held.token);
  t.equal(await redis.get(key('b')), null, 'release');
});

t.test('withLock waits for a holder, then gives up with AggregateBusyError', async (t) => {
  const { locks } = await setup(t);
  const held = await locks.tryLockMany(['a']);
  setTimeout(() => void locks.releaseMany(['a'], held.token), 150);
  t.equal(await locks.withLock('a', async () => 'ran', 2_000), 'ran', 'ran once the holder let go');
  t.same((await locks.tryLockMany(['a'])).locked, ['a'], 'and let go after');
  await t.rejects(
    locks.withLock('a', async () => 'never', 200),
    AggregateBusyError,
  );
});

t.test('two clients of one Redis share the scripts, each defined once', async (t) => {
  const { redis } = await setup(t);
  const a = new AggregateLocks(redis, uniqueName('locks-a'));
  const b = new AggregateLocks(redis, uniqueName('locks-b'));
  const [x, y] = await Promise.all([a.tryLockMany(['k', 'l']), b.tryLockMany(['k', 'l'])]);
  t.same(
    [x.locked, y.locked],
    [
      ['k', 'l'],
      ['k', 'l'],
    ],
    'scopes do not collide',
  );
  await Promise.all([a.releaseMany(['k', 'l'], x.token), b.releaseMany(['k'], y.token)]);
});
