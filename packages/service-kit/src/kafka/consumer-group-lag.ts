import type { Admin } from 'kafkajs';
import { topicOffsets } from './topic-offsets.js';

/**
 * Messages of `topic` that consumer group `groupId` has not committed yet, summed over the
 * partitions (0: it has caught up). A partition without a committed offset counts from its low
 * offset, as does one whose committed offset retention has passed.
 */
export async function consumerGroupLag(
  admin: Admin,
  groupId: string,
  topic: string,
): Promise<number> {
  const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
  const at = new Map(committed?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
  let lag = 0;
  for (const end of await topicOffsets(admin, topic, 5_000)) {
    const from = Math.max(at.get(end.partition) ?? -1, Number(end.low));
    lag += Math.max(0, Number(end.high) - from);
  }
  return lag;
}
