import { consumerGroupLag, createTopicsWithLeaders } from '@citymatch/service-kit';
import { Kafka, logLevel } from 'kafkajs';

/** One message as the census keeps it. */
export interface SeenMessage {
  topic: string;
  partition: number;
  offset: number;
  /** ce_id header; undefined for a message without one (poison). */
  id: string | undefined;
  type: string | undefined;
  key: string | undefined;
  /** The JSON data, when the value parses. */
  data: Record<string, unknown> | undefined;
  /** When the census read it (ms since the epoch). */
  seenAt: number;
  /** The message as it was, to send copies of it again. */
  raw: { key: Buffer | null; value: Buffer | null; headers: Record<string, string> };
}

const header = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : Buffer.isBuffer(v) ? v.toString() : String(v);

function parse(value: Buffer | null): Record<string, unknown> | undefined {
  if (!value) return undefined;
  try {
    const json = JSON.parse(value.toString('utf8')) as unknown;
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the run's topics from their beginning for the whole run and keeps every message, so a
 * drill can count what reached Kafka: distinct event ids, copies of one id, match.found pairs.
 */
export class TopicCensus {
  readonly #kafka: Kafka;
  readonly #byTopic = new Map<string, SeenMessage[]>();
  readonly #last = new Map<string, number>();
  /** `topic:partition:offset` of every message kept: a restarted consumer reads again. */
  readonly #positions = new Set<string>();
  #consumer: ReturnType<Kafka['consumer']> | undefined;
  #stopped = false;

  constructor(
    brokers: string[],
    readonly topics: string[],
  ) {
    this.#kafka = new Kafka({
      clientId: 'citymatch-drills-census',
      brokers,
      logLevel: logLevel.NOTHING,
      retry: { retries: 50, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    for (const t of topics) this.#byTopic.set(t, []);
  }

  get kafka(): Kafka {
    return this.#kafka;
  }

  async start(groupId: string): Promise<void> {
    const admin = this.#kafka.admin();
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const missing = this.topics.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      await createTopicsWithLeaders(
        admin,
        missing.map((topic) => ({
          topic,
          numPartitions: topic.endsWith('.dlq') ? 1 : 6,
          replicationFactor: 1,
        })),
      );
    }
    await admin.disconnect();
    await this.#run(groupId);
  }

  /** Consume from the beginning; after a crash kafkajs gives up on, start again. */
  async #run(groupId: string): Promise<void> {
    const consumer = this.#kafka.consumer({
      groupId,
      retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 5_000 },
    });
    this.#consumer = consumer;
    consumer.on(consumer.events.CRASH, (e) => {
      if (e.payload.restart || this.#stopped) return;
      void (async () => {
        await consumer.disconnect().catch(() => undefined);
        while (!this.#stopped) {
          await new Promise((r) => setTimeout(r, 1_000));
          if (
            await this.#run(groupId).then(
              () => true,
              () => false,
            )
          )
            return;
        }
      })();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const list = this.#byTopic.get(batch.topic) ?? [];
        for (const m of batch.messages) {
          const position = `${batch.topic}:${batch.partition}:${m.offset}`;
          if (this.#positions.has(position)) continue;
          this.#positions.add(position);
          const h = m.headers ?? {};
          list.push({
            topic: batch.topic,
            partition: batch.partition,
            offset: Number(m.offset),
            id: header(h.ce_id),
            type: header(h.ce_type),
            key: m.key?.toString(),
            data: parse(m.value),
            seenAt: Date.now(),
            raw: {
              key: m.key,
              value: m.value,
              headers: Object.fromEntries(Object.entries(h).map(([k, v]) => [k, header(v) ?? ''])),
            },
          });
          this.#last.set(`${batch.topic}:${batch.partition}`, Number(m.offset));
        }
      },
    });
  }

  messages(topic: string): SeenMessage[] {
    return this.#byTopic.get(topic) ?? [];
  }

  /** Every message written to the topics so far has been read (high watermarks reached). */
  async caughtUp(): Promise<boolean> {
    const admin = this.#kafka.admin();
    try {
      await admin.connect();
      for (const topic of this.topics) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          const high = Number(p.high);
          if (high > 0 && (this.#last.get(`${topic}:${p.partition}`) ?? -1) < high - 1)
            return false;
        }
      }
      return true;
    } catch {
      return false;
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  /** A group's committed offsets (next offset to read) per partition of `topic`. */
  async committed(groupId: string, topic: string): Promise<Map<number, number>> {
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      const [res] = await admin.fetchOffsets({ groupId, topics: [topic] });
      return new Map((res?.partitions ?? []).map((p) => [p.partition, Number(p.offset)]));
    } finally {
      await admin.disconnect();
    }
  }

  /** Messages of `topic` not yet committed by `groupId` (0: it has drained the topic). */
  async lag(groupId: string, topic: string): Promise<number> {
    const admin = this.#kafka.admin();
    await admin.connect();
    try {
      return await consumerGroupLag(admin, groupId, topic);
    } finally {
      await admin.disconnect();
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#consumer?.disconnect().catch(() => undefined);
  }
}
