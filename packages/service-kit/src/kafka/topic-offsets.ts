import type { Admin } from 'kafkajs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Offsets = Awaited<ReturnType<Admin['fetchTopicOffsets']>>;

/**
 * A broker's answer for a partition it is still taking up: a topic just created (its leader
 * named in the metadata before it serves ListOffsets), a leader moving. kafkajs marks these
 * retriable, yet `admin.fetchTopicOffsets` retries only UNKNOWN_TOPIC_OR_PARTITION and throws
 * the rest at once (NOT_LEADER_FOR_PARTITION right after a topic is created, measured here on
 * 39 of 60 reads of four new six-partition topics).
 */
export function isSettling(err: unknown): boolean {
  const e = err as { name?: unknown; retriable?: unknown } | null;
  return e?.name === 'KafkaJSProtocolError' && e.retriable === true;
}

/**
 * Each partition's low and high offsets of `topic`, asking again while the broker is still
 * settling the topic (see `isSettling`), up to `timeoutMs`; any other error is thrown at once.
 */
export async function topicOffsets(
  admin: Admin,
  topic: string,
  timeoutMs = 30_000,
): Promise<Offsets> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await admin.fetchTopicOffsets(topic);
    } catch (err) {
      if (!isSettling(err) || Date.now() > deadline) throw err;
      await sleep(50);
    }
  }
}
