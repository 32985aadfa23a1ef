// Outbox relay throughput beside raw kafkajs batch produce to the same broker, in one run.
// Usage: pnpm bench:relay [--events 2000] [--per-aggregate 10] [--rounds 3] [--chunk-size n]
// [--chunks-in-flight n] (the last two default to the relay's own defaults)
// Each round measures raw, then the relay as the services drive it (notified of the written ids),
// then the relay finding the same backlog with its scan, back to back; the medians are reported,
// so a busy moment of a shared machine skews one round rather than the ratio.
// A fourth run per round drives the same relay with its Kafka sends skipped (a producer whose
// sendBatch returns at once): the database's share (read, clear, locks) and the relay's code
// alone. The relay cannot be faster than that, however fast Kafka is, so its ratio to raw is
// the most the relay could reach against raw produce on this machine and database.
import { encodeEvent } from '@citymatch/events';
import { Redis } from 'ioredis';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import mongoose from 'mongoose';
import { pino } from 'pino';
import {
  AggregateLocks,
  createIdempotentProducer,
  createTopicsWithLeaders,
  OutboxRelay,
  outboxOnCreate,
  serverUrls,
  uniqueName,
} from '../src/index.js';
import { challengeUpdated } from '../test/helpers/kafka-fixtures.js';
import { listRounds, median } from './bench-stats.js';
import { CpuTally, formatCpu } from './server-cpu.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg('events', 2_000);
const perAggregate = arg('per-aggregate', 10);
const rounds = arg('rounds', 3);
const chunking = {
  ...(process.argv.includes('--chunk-size') ? { chunkSize: arg('chunk-size', 50) } : {}),
  ...(process.argv.includes('--chunks-in-flight')
    ? { chunksInFlight: arg('chunks-in-flight', 3) }
    : {}),
};
const aggregates = Math.ceil(total / perAggregate);
const urls = serverUrls();
const kafka = new Kafka({
  clientId: 'bench-relay',
  brokers: urls.kafkaBrokers,
  logLevel: logLevel.NOTHING,
});

const admin = kafka.admin();
await admin.connect();
const rawTopic = uniqueName('bench-raw');
const relayTopic = uniqueName('bench-relay');
await createTopicsWithLeaders(
  admin,
  [rawTopic, relayTopic].map((topic) => ({ topic, numPartitions: 6 })),
);

const events = Array.from({ length: aggregates }, (_, a) =>
  Array.from({ length: perAggregate }, (_, v) => challengeUpdated(`bench-${a}`, v + 1)),
);

const producer = createIdempotentProducer(kafka);
await producer.connect();
const conn = await mongoose
  .createConnection(urls.mongoUrl, { dbName: uniqueName('bench') })
  .asPromise();
const redis = new Redis(urls.redisUrl);
/** Each side's CPU during the timed part of every round, by path (raw, notified, ...). */
const cpu = new CpuTally();

// Raw: the same encoded messages, sent in the batches the relay sends (500 aggregates a round).
async function rawRound(): Promise<number> {
  const start = performance.now();
  for (let a = 0; a < aggregates; a += 500) {
    const messages = events
      .slice(a, a + 500)
      .flat()
      .map((e) => {
        const { key, value, headers } = encodeEvent(e);
        return { key, value, headers };
      });
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: rawTopic, messages }] });
  }
  return total / ((performance.now() - start) / 1000);
}

/**
 * Relay: the events waiting in the aggregates' outboxes, published until all are sent.
 * `notified`: as in the services, whose stores call `notify(id)` after each write that adds
 * events, so the relay reads those aggregates by `_id`. `scan`: nobody notified (events a
 * crashed replica left), so the relay finds them with its backlog query.
 */
/** Sends nothing: `sendBatch` resolves at once (the 'no-send' run, see the top). */
const skipSends = { sendBatch: async () => [] } as unknown as Producer;

async function relayRound(round: number, path: 'notified' | 'scan' | 'no-send'): Promise<number> {
  const collection = conn.db!.collection(`challenges-${round}-${path}`);
  await collection.createIndex({ outboxPending: 1 });
  const relay = new OutboxRelay({
    collection,
    locks: new AggregateLocks(redis, uniqueName('bench')),
    producer: path === 'no-send' ? skipSends : producer,
    log: pino({ level: 'silent' }),
    topicFor: () => relayTopic,
    ...chunking,
  });
  const notified = path !== 'scan';
  if (notified) await relay.publishOnce(); // its first round scans: nothing yet
  for (let a = 0; a < aggregates; a += 1000) {
    await collection.insertMany(
      events
        .slice(a, a + 1000)
        .map((list, i) => ({ _id: `bench-${a + i}` as never, ...outboxOnCreate(list) })),
    );
  }
  let sent = 0;
  const start = performance.now();
  await cpu.measure(path, total, async () => {
    if (notified) for (let a = 0; a < aggregates; a++) relay.notify(`bench-${a}`);
    for (let n = await relay.publishOnce(); n > 0; n = await relay.publishOnce()) sent += n;
  });
  const seconds = (performance.now() - start) / 1000;
  if (sent !== total) throw new Error(`relay (${path}) sent ${sent} of ${total} events`);
  return sent / seconds;
}

const raws: number[] = [];
const relays: number[] = [];
const scans: number[] = [];
const noSends: number[] = [];
for (let r = 0; r < rounds; r++) {
  raws.push(await cpu.measure('raw', total, rawRound));
  relays.push(await relayRound(r, 'notified'));
  scans.push(await relayRound(r, 'scan'));
  noSends.push(await relayRound(r, 'no-send'));
}
const cpuUs = cpu.perEvent();

await conn.dropDatabase();
await conn.close();
await redis.quit();
await producer.disconnect();
await admin.deleteTopics({ topics: [rawTopic, relayTopic] }).catch(() => undefined);
await admin.disconnect();

const raw = median(raws);
const relayed = median(relays);
const scanned = median(scans);
const unsent = median(noSends);
console.log(`events: ${total} (${aggregates} aggregates x ${perAggregate}), ${rounds} rounds`);
console.log(`raw kafkajs sendBatch : ${raw.toFixed(0)} events/s median (${listRounds(raws)})`);
console.log(
  `outbox relay, notified: ${relayed.toFixed(0)} events/s median (${listRounds(relays)})`,
);
console.log(`outbox relay, scan    : ${scanned.toFixed(0)} events/s median (${listRounds(scans)})`);
console.log(
  `relay, sends skipped  : ${unsent.toFixed(0)} events/s median (${listRounds(noSends)})`,
);
for (const [path, us] of Object.entries(cpuUs)) {
  console.log(`CPU µs/event, ${path.padEnd(8)}: ${formatCpu(us)} (all rounds)`);
}
console.log(
  JSON.stringify({
    events: total,
    rounds,
    raw_eps: Math.round(raw),
    relay_eps: Math.round(relayed),
    ratio: Number((relayed / raw).toFixed(3)),
    relay_scan_eps: Math.round(scanned),
    scan_ratio: Number((scanned / raw).toFixed(3)),
    no_send_eps: Math.round(unsent),
    no_send_ratio: Number((unsent / raw).toFixed(3)),
    cpu_us_per_event: cpuUs,
  }),
);
