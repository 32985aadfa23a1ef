import { DlqHeaders, dlqTopic } from '@citymatch/events';
import type { Kafka, Producer } from 'kafkajs';
import { topicOffsets } from '../kafka/topic-offsets.js';
import { stripDeadLetterHeaders } from './dead-letter.js';

/**
 * Send every message parked in `<topic>.dlq` back to the topic it came from, unchanged (same
 * key, value and CloudEvents headers, so the same event id), and commit the DLQ offsets.
 * Returns how many were replayed. Stops when the DLQ has been read to its current end.
 */
export async function replayDeadLetters(opts: {
  kafka: Kafka;
  producer: Producer;
  topic: string;
  groupId?: string;
}): Promise<number> {
  const dlq = dlqTopic(opts.topic);
  const groupId = opts.groupId ?? `${dlq}.replay`;
  const admin = opts.kafka.admin();
  await admin.connect();
  let ends: Awaited<ReturnType<typeof topicOffsets>>;
  let committed: Awaited<ReturnType<typeof admin.fetchOffsets>>[number] | undefined;
  try {
    ends = await topicOffsets(admin, dlq);
    [committed] = await admin.fetchOffsets({ groupId, topics: [dlq] });
  } finally {
    await admin.disconnect();
  }
  const done = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
  // Per partition, the offset the replay must reach; a partition already read to its end is done.
  const remaining = new Map(
    ends.map((e) => {
      const from = done.get(e.partition) ?? -1n;
      const high = BigInt(e.high);
      return [e.partition, from >= high ? 0n : high];
    }),
  );
  // Nothing parked since the last replay: no consumer at all. (One disconnected while it is
  // still joining its group can finish the join afterwards and keep its sockets open.)
  if ([...remaining.values()].every((left) => left <= 0n)) return 0;
  const consumer = opts.kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topic: dlq, fromBeginning: true });
  let replayed = 0;
  const finished = new Promise<void>((resolve, reject) => {
    const check = () => {
      if ([...remaining.values()].every((left) => left <= 0n)) resolve();
    };
    check();
    consumer
      .run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          const target = message.headers?.[DlqHeaders.originalTopic]?.toString() ?? opts.topic;
          await opts.producer.send({
            topic: target,
            acks: -1,
            messages: [
              {
                key: message.key,
                value: message.value,
                headers: stripDeadLetterHeaders(message.headers ?? {}),
              },
            ],
          });
          replayed++;
          const next = BigInt(message.offset) + 1n;
          await consumer.commitOffsets([{ topic: dlq, partition, offset: next.toString() }]);
          if (next >= (remaining.get(partition) ?? 0n)) remaining.set(partition, 0n);
          check();
        },
      })
      .catch(reject);
  });
  await finished;
  await consumer.disconnect();
  return replayed;
}
