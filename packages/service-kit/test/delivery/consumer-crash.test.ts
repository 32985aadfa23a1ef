import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/index.js';
import { messageOf } from '../helpers/consumer-fixtures.js';
import { challengeUpdated, createTopic, sharedKafka, waitFor } from '../helpers/kafka-fixtures.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/consume-and-die.ts');
const start = (env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', fixture], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });

t.test(
  'a consumer SIGKILLed after its effect and before its commit: every effect happens once',
  async (t) => {
    const kafka = sharedKafka('crash');
    const topic = await createTopic(kafka, 'crash');
    const redis = new Redis(serverUrls().redisUrl);
    t.teardown(() => redis.quit());
    const run = uniqueName('run');
    const env = { TOPIC: topic, GROUP: uniqueName('crash-group'), RUN: run };

    const producer = kafka.producer();
    await producer.connect();
    const events = Array.from({ length: 50 }, (_, i) => challengeUpdated(`c-${i}`, 1));
    await producer.send({ topic, acks: -1, messages: events.map(messageOf) });
    await producer.disconnect();

    const doomed = start({ ...env, KILL_AFTER: '20' });
    const [, signal] = await once(doomed, 'exit');
    t.equal(signal, 'SIGKILL', 'the first consumer died by SIGKILL');
    const before = (await redis.keys(`effects:${run}:*`)).length;
    t.ok(before >= 20, `${before} effects before the crash`);

    const survivor = start(env);
    t.teardown(() => survivor.kill('SIGTERM'));
    // the effects of a round run before its marks and offsets: the doomed consumer may have
    // done all 50 already; the survivor then gets the uncommitted messages again
    await waitFor(
      async () =>
        (await redis.keys(`effects:${run}:*`)).length === 50 &&
        Number(await redis.get(`duplicates:${run}`)) >= 1,
      60_000,
      'all effects, and redelivered messages at the survivor',
    );
    await new Promise((r) => setTimeout(r, 2000)); // room for any further redelivery to show up
    const counts = await Promise.all(events.map((e) => redis.get(`effects:${run}:${e.id}`)));
    t.same(
      counts,
      events.map(() => '1'),
      'each event had its effect exactly once',
    );
    const redelivered = Number(await redis.get(`duplicates:${run}`));
    t.ok(redelivered >= 1, `${redelivered} uncommitted messages were delivered again and dropped`);
    survivor.kill('SIGTERM');
    const [code] = await once(survivor, 'exit');
    t.equal(code, 0, 'the survivor shut down cleanly on SIGTERM');
  },
);
