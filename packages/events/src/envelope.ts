import type { EventDataMap, EventType } from './event-types.js';
import type { Topic } from './topics.js';

/**
 * One event: the CloudEvents 1.0 attributes this contract uses, plus W3C trace context.
 * `EventEnvelope` (no argument) is the union of every type's envelope, so `switch (e.type)`
 * narrows `e.data`.
 */
export type EventEnvelope<T extends EventType = EventType> = T extends EventType
  ? {
      /** Unique per event (a UUID by default); consumers drop duplicates by it. */
      id: string;
      type: T;
      source: string;
      subject: string;
      /** RFC 3339; defaults to `data.occurredAt`. */
      time: string;
      data: EventDataMap[T];
      traceparent?: string;
      tracestate?: string;
    }
  : never;

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const CONTENT_TYPE_JSON = 'application/json';

/** Largest message value accepted (JSON data), checked before parsing: 1 MiB. */
export const MAX_EVENT_BYTES = 1024 * 1024;

/** Kafka header names of the binary-mode envelope (all lower case). */
export const EventHeaders = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  time: 'ce_time',
  subject: 'ce_subject',
  dataschema: 'ce_dataschema',
  contentType: 'content-type',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

/** A Kafka header value as kafkajs gives it. */
export type KafkaHeaderValue = Buffer | string | (Buffer | string)[] | undefined;

/** A message ready for kafkajs `producer.send({ topic, messages: [{ key, value, headers }] })`. */
export interface EncodedEvent {
  topic: Topic;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/** What decodeEvent reads: a kafkajs `KafkaMessage` fits as is. */
export interface IncomingMessage {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  headers?: Record<string, KafkaHeaderValue>;
}
