/**
 * Headers a message parked in `<topic>.dlq` carries besides all of its original headers
 * (the `ce_*` ones included, so a replay sends the original message back unchanged).
 */
export const DlqHeaders = {
  /** The last error message (truncated by the producer of the DLQ message). */
  error: 'dlq_error',
  /** EventDecodeError reason (`not_json`, `missing_header:ce_id`, ...) or `handler_error`. */
  reason: 'dlq_reason',
  originalTopic: 'dlq_original_topic',
  originalPartition: 'dlq_original_partition',
  originalOffset: 'dlq_original_offset',
  /** The consumer group that gave up on it. */
  consumerGroup: 'dlq_consumer_group',
  /** How many times the handler was tried. */
  attempts: 'dlq_attempts',
  /** RFC 3339. */
  failedAt: 'dlq_failed_at',
} as const;
