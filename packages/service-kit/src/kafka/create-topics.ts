import type { Admin, ITopicConfig } from 'kafkajs';
import { topicOffsets } from './topic-offsets.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers a broker gives for a topic it has just created and not yet put in its metadata. */
const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Create topics, then wait until each has all its partitions, every partition a leader, and the
 * leaders serve them (ListOffsets answers). Returns false when they all existed already.
 * kafkajs's own `waitForLeaders` retries only LEADER_NOT_AVAILABLE, and a KRaft broker answers
 * UNKNOWN_TOPIC_OR_PARTITION for a moment after creating a topic, so it threw although the topic
 * was made (a bench run crashed on it here).
 */
export async function createTopicsWithLeaders(
  admin: Admin,
  topics: ITopicConfig[],
  timeoutMs = 30_000,
): Promise<boolean> {
  const created = await admin.createTopics({ topics, waitForLeaders: false });
  const partitions = new Map(topics.map((t) => [t.topic, t.numPartitions ?? 1]));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const meta = await admin.fetchTopicMetadata({ topics: [...partitions.keys()] });
      const ready = meta.topics.filter(
        (t) =>
          t.partitions.length > 0 &&
          t.partitions.length >= (partitions.get(t.name) ?? 1) &&
          t.partitions.every((p) => p.leader >= 0),
      );
      if (ready.length === partitions.size) {
        // the metadata names a leader before that broker serves the partition
        for (const topic of partitions.keys()) {
          await topicOffsets(admin, topic, Math.max(0, deadline - Date.now()));
        }
        return created;
      }
    } catch (err) {
      if (!NOT_YET.has((err as { type?: string }).type ?? '')) throw err;
    }
    if (Date.now() > deadline) {
      throw new Error(`topics without a leader after ${timeoutMs} ms: ${[...partitions.keys()]}`);
    }
    await sleep(100);
  }
}
