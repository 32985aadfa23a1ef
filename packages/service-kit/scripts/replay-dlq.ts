// Ops command: send every message parked in <topic>.dlq back to its topic, unchanged.
// Usage: pnpm dlq:replay <topic> [--brokers host:port,...]
import { isTopic } from '@citymatch/events';
import { pino } from 'pino';
import {
  createIdempotentProducer,
  createKafka,
  replayDeadLetters,
  serverUrls,
} from '../src/index.js';

const [topic] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const brokersArg = process.argv.indexOf('--brokers');
if (!topic) {
  console.error(
    'usage: pnpm dlq:replay <topic> [--brokers host:port,...]   e.g. pnpm dlq:replay matching.v1',
  );
  process.exit(2);
}
if (!isTopic(topic) && !process.argv.includes('--any-topic')) {
  console.error(
    `unknown topic ${topic}: expected one of challenges.v1, startups.v1, matching.v1, notifications.v1 (or pass --any-topic)`,
  );
  process.exit(2);
}
const brokers =
  brokersArg > 0 ? process.argv[brokersArg + 1]!.split(',') : serverUrls().kafkaBrokers;
const log = pino({ level: 'warn' });
const kafka = createKafka({ brokers, clientId: 'dlq-replay', log });
const admin = kafka.admin();
await admin.connect();
const exists = (await admin.listTopics()).includes(`${topic}.dlq`);
await admin.disconnect();
if (!exists) {
  console.error(`${topic}.dlq does not exist on ${brokers.join(',')}: nothing to replay`);
  process.exit(1);
}
const producer = createIdempotentProducer(kafka);
await producer.connect();
try {
  const count = await replayDeadLetters({ kafka, producer, topic });
  console.log(`replayed ${count} message(s) from ${topic}.dlq to ${topic}`);
} finally {
  await producer.disconnect();
}
