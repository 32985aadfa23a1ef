import { Redis } from 'ioredis';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/index.js';

t.test('ioredis: SET NX PX admits the first writer only, until it expires', async (t) => {
  const redis = new Redis(serverUrls().redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  t.teardown(() => redis.quit());
  const info = await redis.info('server');
  const version = /redis_version:(\S+)/.exec(info)?.[1];
  t.comment(`Redis ${version}`);
  t.ok(version);

  const key = uniqueName('infra-lock');
  t.equal(await redis.set(key, 'writer-1', 'PX', 300, 'NX'), 'OK');
  t.equal(await redis.set(key, 'writer-2', 'PX', 300, 'NX'), null, 'second writer refused');
  t.equal(await redis.get(key), 'writer-1');
  await new Promise((r) => setTimeout(r, 400));
  t.equal(await redis.set(key, 'writer-3', 'PX', 300, 'NX'), 'OK', 'admitted after expiry');
});
