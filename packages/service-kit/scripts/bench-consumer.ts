// ConsumerRunner effects/s beside a raw kafkajs consumer of the same topic, same broker, one run.
// Both read the same N events from the beginning in their own group; the clock runs from the
// first message to the last (group joins are not counted). The runner's effect is cheap and
// idempotent (a Set insert), so what is measured is the runner: decode, dedupe marks in Redis,
// per-message offset handling. After a warm-up round of each, each round runs raw, the required
// work alone (below), then the runner, back to back (new groups); the medians are reported, so a
// busy moment of a shared machine skews one round, not the ratio.
// "Required work alone" is raw's loop plus only what the runner cannot skip, with none of the
// runner around it: every message decoded and validated (decodeEvent), and per 100 messages one
// duplicate check and one marks write (ProcessedMarks, as the runner's rounds). Its ratio is near
// the most any runner doing that work could reach on this machine.
// Usage: pnpm bench:consumer [--events 5000] [--partitions 3] [--rounds 3]; the last line is JSON.
import { loadavg } from 'node:os';
import { decodeEvent, type EventEnvelope, encodeEvent } from '@citymatch/events';
import { Redis } from 'ioredis';
import { type EachBatchPayload, Kafka, logLevel } from 'kafkajs';
import { pino } from 'pino';
import {
  ConsumerRunner,
  createIdempotentProducer,
  ProcessedMarks,
  serverUrls,
  uniqueName,
} from '../src/index.js';
import { challengeUpdated, createTopic } from '../test/helpers/kafka-fixtures.js';
import { listRounds, median } from './bench-stats.js';
import { CpuTally, cpuSnapshot, formatCpu } from './server-cpu.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('events', 5_000);
const partitions = arg('partitions', 3);
const rounds = arg('rounds', 3);
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

/** Each side's CPU from the first message to the last of every round, by consumer. */
const tally = new CpuTally();

/**
 * Resolves with the seconds (and this process's CPU µs) from the first message to the last, and
 * adds every side's CPU in that time to the tally under `name`.
 */
function stopwatch(name: string) {
  let first = 0;
  let cpu = process.cpuUsage();
  let sides = cpuSnapshot();
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
        sides = cpuSnapshot();
      }
      seen += n;
      if (seen >= total) {
        const used = process.cpuUsage(cpu);
        tally.add(name, total, sides);
        done({ seconds: (performance.now() - first) / 1000, cpuUs: used.user + used.system });
      }
    },
  };
}

/**
 * A plain kafkajs consumer of the topic from the beginning, in its own group, timed by a
 * stopwatch named `name` that `eachBatch` ticks; resolves with the stopwatch's figures.
 */
async function timedConsumer(
  name: string,
  groupId: string,
  autoCommitThreshold: number,
  eachBatch: (p: EachBatchPayload, clock: ReturnType<typeof stopwatch>) => Promise<void>,
) {
  const consumer = kafka.consumer({ groupId });
  const clock = stopwatch(name);
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommitInterval: 1000,
    autoCommitThreshold,
    eachBatchAutoResolve: false,
    eachBatch: (p) => eachBatch(p, clock),
  });
  const result = await clock.finished;
  await consumer.disconnect();
  return result;
}

/** Raw: kafkajs eachBatch, every message counted and resolved, offsets committed as the runner does. */
function rawRound() {
  return timedConsumer(
    'raw',
    uniqueName('bench-raw'),
    100,
    async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }, clock) => {
      for (const message of batch.messages) {
        clock.tick();
        resolveOffset(message.offset);
      }
      await commitOffsetsIfNecessary();
      await heartbeat();
    },
  );
}

/**
 * The runner's unavoidable work alone: each message decoded and validated, each 100 checked for
 * duplicates (one MGET) and marked done (one script call), all of a batch's calls overlapped,
 * before the batch's offset is resolved. No effects, spans, retries, business keys or rounds.
 */
async function requiredWorkRound(redis: Redis) {
  const groupId = uniqueName('bench-floor');
  const marks = new ProcessedMarks(redis, groupId);
  const ids: string[] = [];
  const result = await timedConsumer(
    'required',
    groupId,
    1000,
    async ({ batch, resolveOffset, commitOffsetsIfNecessary, heartbeat }, clock) => {
      const chunks: { eventId: string }[][] = [];
      for (let i = 0; i < batch.messages.length; i += 100) {
        const events = batch.messages.slice(i, i + 100).map((m) => decodeEvent(m));
        chunks.push(events.map((e: EventEnvelope) => ({ eventId: e.id })));
      }
      // every check sent at once and every write left in flight: no waiting on Redis in between
      const lookups = chunks.map((chunk) => marks.seenMany(chunk));
      const writes: Promise<void>[] = [];
      for (let k = 0; k < chunks.length; k++) {
        const seen = await lookups[k]!;
        const fresh = chunks[k]!.filter((_, j) => !seen[j]);
        for (const e of fresh) ids.push(e.eventId);
        writes.push(marks.markMany(fresh));
      }
      await Promise.all(writes);
      clock.tick(batch.messages.length);
      const last = batch.messages.at(-1);
      if (last) resolveOffset(last.offset);
      await commitOffsetsIfNecessary();
      await heartbeat();
    },
  );
  const keys = ids.map((id) => `cm:done:${groupId}:id:${id}`);
  for (let i = 0; i < keys.length; i += 1000) await redis.unlink(...keys.slice(i, i + 1000));
  return result;
}

/** ConsumerRunner: a real subscription with a cheap idempotent effect. */
async function runnerRound(redis: Redis) {
  const effects = new Set<string>();
  const clock = stopwatch('runner');
  const groupId = uniqueName('bench-runner');
  const runner = new ConsumerRunner({
    kafka,
    groupId,
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
    onOutcome: () => clock.tick(),
  });
  await runner.start();
  const result = await clock.finished;
  await runner.stop();
  // The runner's marks (one per event, kept 14 days) are the bench's to remove.
  const marks = [...effects].map((id) => `cm:done:${groupId}:id:${id}`);
  for (let i = 0; i < marks.length; i += 1000) await redis.unlink(...marks.slice(i, i + 1000));
  return { ...result, effects: effects.size };
}

const redis = new Redis(urls.redisUrl);
const raws: { seconds: number; cpuUs: number }[] = [];
const floors: { seconds: number; cpuUs: number }[] = [];
const runs: { seconds: number; cpuUs: number; effects: number }[] = [];
// One round of each first, not counted: both sides' code compiled and optimised, as in a service
// that has been running (the first runner round spent ~25% more CPU per event than later ones).
await rawRound();
await requiredWorkRound(redis);
await runnerRound(redis);
tally.clear();
for (let r = 0; r < rounds; r++) {
  raws.push(await rawRound());
  floors.push(await requiredWorkRound(redis));
  runs.push(await runnerRound(redis));
}
await redis.quit();
await producer.disconnect();
await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
await admin.disconnect();

const rawRates = raws.map((x) => total / x.seconds);
const runnerRates = runs.map((x) => total / x.seconds);
const floorRates = floors.map((x) => total / x.seconds);
const floorEps = median(floorRates);
const rawEps = median(rawRates);
const runnerEps = median(runnerRates);
const rawCpu = median(raws.map((x) => x.cpuUs));
const runnerCpu = median(runs.map((x) => x.cpuUs));
console.log(`events: ${total} on ${partitions} partitions, ${rounds} rounds`);
console.log(`raw kafkajs consume : ${rawEps.toFixed(0)} events/s median (${listRounds(rawRates)})`);
console.log(
  `required work alone : ${floorEps.toFixed(0)} events/s median (${listRounds(floorRates)}; decode, validate, marks)`,
);
console.log(
  `ConsumerRunner      : ${runnerEps.toFixed(0)} effects/s median (${listRounds(runnerRates)}; ${runs[0]!.effects} effects a round)`,
);
const cpuUs = tally.perEvent();
for (const [name, us] of Object.entries(cpuUs)) {
  console.log(`CPU µs/event, ${name.padEnd(8)}: ${formatCpu(us)} (all rounds)`);
}
console.log(
  JSON.stringify({
    events: total,
    rounds,
    raw_eps: Math.round(rawEps),
    runner_eps: Math.round(runnerEps),
    ratio: Number((runnerEps / rawEps).toFixed(3)),
    required_work_eps: Math.round(floorEps),
    required_work_ratio: Number((floorEps / rawEps).toFixed(3)),
    required_work_cpu_us_per_event: Number((median(floors.map((x) => x.cpuUs)) / total).toFixed(1)),
    raw_cpu_us_per_event: Number((rawCpu / total).toFixed(1)),
    runner_cpu_us_per_event: Number((runnerCpu / total).toFixed(1)),
    cpu_us_per_event: cpuUs,
    load_avg: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  }),
);
