import { Redis } from 'ioredis';
import t from 'tap';
import { ProcessedMarks, serverUrls, uniqueName } from '../../src/index.js';

t.test('seenMany answers each event in order, by its id or its business key', async (t) => {
  const redis = new Redis(serverUrls().redisUrl);
  const group = uniqueName('marks');
  t.teardown(async () => {
    const keys = await redis.keys(`cm:done:${group}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });
  const marks = new ProcessedMarks(redis, group, 60);
  await marks.markMany([{ eventId: 'e1', businessKey: 'pair:a' }, { eventId: 'e2' }]);
  t.same(
    await marks.seenMany([
      { eventId: 'e1', businessKey: 'pair:z' }, // its id: seen, whatever its key
      { eventId: 'e9', businessKey: 'pair:y' },
      { eventId: 'e2' },
      { eventId: 'e8', businessKey: 'pair:a' }, // another event with a done business key
      { eventId: 'e7' },
      { eventId: 'e1' },
    ]),
    [true, false, true, true, false, true],
  );
  t.same(await marks.seenMany([]), []);
  t.equal(await marks.seen('e8', 'pair:a'), true, 'seen agrees');
  t.equal(await marks.seen('e7'), false);
});
