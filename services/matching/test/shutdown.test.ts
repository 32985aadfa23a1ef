import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Topics } from '@citymatch/events';
import { serverUrls, topicOffsets, uniqueName } from '@citymatch/service-kit';
import { testDatabase, waitUntil, watchTopic } from '@citymatch/testkit';
import { Kafka, logLevel } from 'kafkajs';
import t from 'tap';
import { challengePublished, kafkaProducer, startupRegistered } from './helpers/produce.js';

const root = fileURLToPath(new URL('..', import.meta.url));

t.test('SIGTERM: the service finishes its work, commits its offsets and exits 0', async (t) => {
  const base = uniqueName('match-stop');
  const { name: db } = await testDatabase(t, 'matching-stop');
  const env = {
    ...process.env,
    MONGO_DB: db,
    PORT: '0',
    CHALLENGES_TOPIC: `${base}-challenges`,
    STARTUPS_TOPIC: `${base}-startups`,
    CONSUMER_GROUP: `${base}-group`,
    REPLICA_ID: 'replica-a',
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  t.teardown(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  await waitUntil(() => out.includes('Server listening'), {
    timeoutMs: 60_000,
    what: () => `the service listening (${out.slice(-500)})`,
  });

  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.matching);
  const startup = startupRegistered({ sectors: ['water'] });
  const challenge = challengePublished({ sectors: ['su yönetimi'] });
  await kafka.send(env.STARTUPS_TOPIC, [startup]);
  await kafka.send(env.CHALLENGES_TOPIC, [challenge]);
  await watch.waitFor(challenge.data.challengeId, 2, 60_000);

  child.kill('SIGTERM');
  t.equal(await exited, 0, 'exit code 0');
  t.match(out, /"msg":"stopped"/, 'closed in order');

  const admin = new Kafka({
    brokers: serverUrls().kafkaBrokers,
    clientId: 'matching-test',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  t.teardown(() => admin.disconnect());
  for (const topic of [env.CHALLENGES_TOPIC, env.STARTUPS_TOPIC]) {
    const ends = await topicOffsets(admin, topic);
    const [committed] = await admin.fetchOffsets({ groupId: env.CONSUMER_GROUP, topics: [topic] });
    const at = new Map(committed?.partitions.map((p) => [p.partition, p.offset]));
    for (const e of ends) {
      if (e.high === '0') continue;
      t.equal(at.get(e.partition), e.high, `${topic}[${e.partition}] committed to its end`);
    }
  }
});
