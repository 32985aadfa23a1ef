import { DlqHeaders, dlqTopic } from '@citymatch/events';
import type { IHeaders, KafkaMessage, Producer } from 'kafkajs';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  group: string;
  reason: string;
  error: string;
  attempts: number;
}

const MAX_ERROR_CHARS = 2000;

/**
 * Park a message in `<topic>.dlq`: the original key, value and headers, plus why it failed and
 * where it came from, so an operator can read the reason and replay it unchanged.
 */
export async function sendToDeadLetter(producer: Producer, dl: DeadLetter): Promise<void> {
  const headers: IHeaders = {
    ...stripDeadLetterHeaders(dl.message.headers ?? {}),
    [DlqHeaders.error]: dl.error.slice(0, MAX_ERROR_CHARS),
    [DlqHeaders.reason]: dl.reason,
    [DlqHeaders.originalTopic]: dl.topic,
    [DlqHeaders.originalPartition]: String(dl.partition),
    [DlqHeaders.originalOffset]: dl.message.offset,
    [DlqHeaders.consumerGroup]: dl.group,
    [DlqHeaders.attempts]: String(dl.attempts),
    [DlqHeaders.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: dlqTopic(dl.topic),
    acks: -1,
    messages: [{ key: dl.message.key, value: dl.message.value, headers }],
  });
}

/** The original headers of a parked message (the `dlq_*` ones removed). */
export function stripDeadLetterHeaders(headers: IHeaders): IHeaders {
  const dlqNames = new Set<string>(Object.values(DlqHeaders));
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dlqNames.has(name)));
}
