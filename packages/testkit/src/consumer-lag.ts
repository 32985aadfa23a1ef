import { testKafka } from './watch-topic.js';

/**
 * Messages on `topics` that consumer group `groupId` has not committed yet (its lag), summed over
 * the partitions. A group commits about once a second, so 0 means it has caught up to within that.
 */
export async function consumerLag(groupId: string, topics: string[]): Promise<number> {
  const admin = testKafka('consumer-lag').admin();
  await admin.connect();
  try {
    let lag = 0;
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const at = partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
        lag += Number(end.high) - Math.max(Number(at), Number(end.low));
      }
    }
    return lag;
  } finally {
    await admin.disconnect();
  }
}
