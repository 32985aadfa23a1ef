import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEvent, type EventEnvelope, exampleData } from '@citymatch/events';
import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { pino } from 'pino';
import { createTopicsWithLeaders, serverUrls, uniqueName } from '../../src/index.js';

export const silentLog = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const INFRA = join(dirname(fileURLToPath(import.meta.url)), '../../../../infra');

export function sharedKafka(clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: serverUrls().kafkaBrokers, logLevel: logLevel.NOTHING });
}

export async function createTopic(kafka: Kafka, prefix: string, partitions = 1): Promise<string> {
  const topic = uniqueName(prefix);
  const admin = kafka.admin();
  await admin.connect();
  await createTopicsWithLeaders(
    admin,
    [topic, `${topic}.dlq`].map((t) => ({ topic: t, numPartitions: partitions })),
  );
  await admin.disconnect();
  return topic;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** A Kafka broker of this test's own (started by infra/up), so the test may stop and start it. */
export async function privateKafka() {
  const state = mkdtempSync(join(tmpdir(), 'citymatch-kafka-'));
  const env = {
    ...process.env,
    CITYMATCH_STATE: state,
    KAFKA_PORT: String(await freePort()),
    KAFKA_CONTROLLER_PORT: String(await freePort()),
  };
  const infra = (cmd: string) => {
    const res = spawnSync(join(INFRA, cmd), ['kafka'], { env, encoding: 'utf8', timeout: 180_000 });
    if (res.status !== 0) throw new Error(`infra/${cmd} kafka failed: ${res.stderr}`);
  };
  infra('up');
  return {
    brokers: [`127.0.0.1:${env.KAFKA_PORT}`],
    stop: () => infra('down'),
    start: () => infra('up'),
    /** Stop it and remove its data and logs. */
    dispose: () => {
      infra('down');
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/** A valid challenge.updated event for aggregate `challengeId`, carrying `version`. */
export function challengeUpdated(challengeId: string, version: number): EventEnvelope {
  return createEvent('challenge.updated', {
    data: { ...exampleData('challenge.updated'), challengeId, version },
  });
}

/** Read `count` messages from a topic from the beginning (throws after `timeoutMs`). */
export async function readMessages(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 60_000,
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('reader') });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const seen: KafkaMessage[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${seen.length} of ${count} from ${topic}`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: async ({ message }) => {
            seen.push(message);
            if (seen.length >= count) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

export const header = (m: KafkaMessage, name: string) => m.headers?.[name]?.toString();

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
  what = 'condition',
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
