// ConsumerRunner effects/s beside a raw kafkajs consumer of the same topic, same broker, one run.
// Both read the same N events from the beginning in their own group; the clock runs from the
// first message to the last (group joins are not counted). The runner's effect is cheap and
// idempotent (a Set insert), so what is measured is the runner: decode, dedupe marks in Redis,
// per-message offset handling.
// Usage: pnpm bench:consumer [--events 5000] [--partitions 3]; the last line is JSON.
import { loadavg } from 'node:os';
import { encodeEvent } from '@citymatch/events';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { pino } from 'pino';
import { ConsumerRunner, createIdempotentProducer, serverUrls, uniqueName } from '../src/index.js';
import { challengeUpdated, createTopic } from '../test/helpers/kafka-fixtures.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('events', 5_000);
const partitions = arg('partitions', 3);
const urls = serverUrls();
const kafka = new Kafka({
  clientId: 'bench-consumer',
  brokers: urls.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});
const admin = kafka.admin();
await admin.connect();
const topic = await createTopic(kafka, 'bench-consume', partitions);

const producer = createIdempotentProducer(kafka);
await producer.connect();
for (let i = 0; i < total; i += 1000) {
  const messages = Array.from({ length: Math.min(1000, total - i) }, (_, j) => {
    const { key, value, headers } = encodeEvent(
      challengeUpdated(`bench-${(i + j) % 500}`, i + j + 1),
    );
    return { key, value, headers };
  });
  await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages }] });
}

/** Resolves with the seconds (and this process's CPU µs) from the first message to the last. */
function stopwatch() {
  let first = 0;
  let cpu = process.cpuUsage();
  let seen = 0;
  let done: (s: { seconds: number; cpuUs: number }) => void = () => undefined;
  const finished = new Promise<{ seconds: number; cpuUs: number }>((r) => {
    done = r;
  });
  return {
    finished,
    tick(n = 1) {
      if (seen === 0) {
        first = performance.now();
        cpu = process.cpuUsage();
      }
      seen += n;
      if (seen >= total) {
        const used = process.cpuUsage(cpu);
        done({ seconds: (performance.now() - first) / 1000, cpuUs: used.user + used.system });
      }
    },
  };
}

// Raw: kafkajs eachBatch, every message counted and resolved, offsets committed as the runner does.
const raw = kafka.consumer({ groupId: uniqueName('bench-raw') });
const rawClock = stopwatch();
await raw.connect();
await raw.subscribe({ topic, fromBeginning: true });
await raw.run({
  autoCommitInterval: 1000,
  autoCommitThreshold: 100,
  eachBatchAutoResolve: false,
  eachBatch: async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }) => {
    for (const message of batch.messages) {
      rawClock.tick();
      resolveOffset(message.offset);
    }
    await commitOffsetsIfNecessary();
    await heartbeat();
  },
});
const { seconds: rawSeconds, cpuUs: rawCpu } = await rawClock.finished;
await raw.disconnect();

// ConsumerRunner: a real subscription with a cheap idempotent effect.
const redis = new Redis(urls.redisUrl);
const effects = new Set<string>();
const runnerClock = stopwatch();
const runnerGroup = uniqueName('bench-runner');
const runner = new ConsumerRunner({
  kafka,
  groupId: runnerGroup,
  topics: [topic],
  redis,
  producer,
  log: pino({ level: 'silent' }),
  subscriptions: [
    {
      type: 'challenge.updated',
      handle: async (event) => {
        effects.add(event.id);
      },
    },
  ],
  onOutcome: () => runnerClock.tick(),
});
await runner.start();
const { seconds: runnerSeconds, cpuUs: runnerCpu } = await runnerClock.finished;
await runner.stop();

// The runner's marks (one per event, kept 14 days) are the bench's to remove.
const marks = [...effects].map((id) => `cm:done:${runnerGroup}:id:${id}`);
for (let i = 0; i < marks.length; i += 1000) await redis.unlink(...marks.slice(i, i + 1000));
await redis.quit();
await producer.disconnect();
await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
await admin.disconnect();

const rawEps = total / rawSeconds;
const runnerEps = total / runnerSeconds;
console.log(`events: ${total} on ${partitions} partitions (${effects.size} effects)`);
console.log(`raw kafkajs consume : ${rawEps.toFixed(0)} events/s (${rawSeconds.toFixed(2)} s)`);
console.log(
  `ConsumerRunner      : ${runnerEps.toFixed(0)} effects/s (${runnerSeconds.toFixed(2)} s)`,
);
console.log(
  JSON.stringify({
    events: total,
    raw_eps: Math.round(rawEps),
    runner_eps: Math.round(runnerEps),
    ratio: Number((runnerEps / rawEps).toFixed(3)),
    raw_cpu_us_per_event: Number((rawCpu / total).toFixed(1)),
    runner_cpu_us_per_event: Number((runnerCpu / total).toFixed(1)),
    load_avg: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  }),
);
