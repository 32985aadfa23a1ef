import { consumerGroupLag } from '@citymatch/service-kit';
import { testKafka } from './watch-topic.js';

/**
 * Messages on `topics` that consumer group `groupId` has not committed yet (its lag), summed over
 * the topics. A group commits about once a second, so 0 means it has caught up to within that.
 */
export async function consumerLag(groupId: string, topics: string[]): Promise<number> {
  const admin = testKafka('consumer-lag').admin();
  await admin.connect();
  try {
    let lag = 0;
    for (const topic of topics) lag += await consumerGroupLag(admin, groupId, topic);
    return lag;
  } finally {
    await admin.disconnect();
  }
}
