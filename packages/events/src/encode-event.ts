import { assertAttributes } from './assert-attributes.js';
import {
  CLOUDEVENTS_SPEC_VERSION,
  CONTENT_TYPE_JSON,
  type EncodedEvent,
  type EventEnvelope,
  EventHeaders,
  MAX_EVENT_BYTES,
} from './envelope.js';
import { EventValidationError } from './errors.js';
import { dataSchemaOf, definitionOf, isEventType } from './event-types.js';
import { traceContext } from './trace-context.js';
import { strictDataErrors } from './validate-data.js';

/**
 * The Kafka message of an event, CloudEvents binary mode: `ce_*` headers, JSON data as the
 * value, the aggregate id as the key. Validates again (an envelope may have been stored and
 * read back); throws EventValidationError rather than send what consumers would reject.
 */
export function encodeEvent(envelope: EventEnvelope): EncodedEvent {
  const { type } = envelope;
  if (!isEventType(type)) {
    throw new EventValidationError('unknown_type', String(type), `unknown event type ${type}`);
  }
  assertAttributes(envelope);
  const errors = strictDataErrors(type, envelope.data);
  if (errors.length > 0) {
    throw new EventValidationError(
      'schema_invalid',
      type,
      `invalid ${type} data: ${errors.join('; ')}`,
      errors,
    );
  }
  const value = Buffer.from(JSON.stringify(envelope.data), 'utf8');
  if (value.length > MAX_EVENT_BYTES) {
    throw new EventValidationError(
      'too_large',
      type,
      `${type} ${envelope.id}: data is ${value.length} bytes, over ${MAX_EVENT_BYTES}`,
    );
  }
  const definition = definitionOf(type);
  const headers: Record<string, string> = {
    [EventHeaders.specversion]: CLOUDEVENTS_SPEC_VERSION,
    [EventHeaders.id]: envelope.id,
    [EventHeaders.source]: envelope.source,
    [EventHeaders.type]: type,
    [EventHeaders.time]: envelope.time,
    [EventHeaders.subject]: envelope.subject,
    [EventHeaders.dataschema]: dataSchemaOf(type),
    [EventHeaders.contentType]: CONTENT_TYPE_JSON,
  };
  const trace = traceContext(envelope.traceparent, envelope.tracestate);
  if (trace.traceparent) headers[EventHeaders.traceparent] = trace.traceparent;
  if (trace.tracestate) headers[EventHeaders.tracestate] = trace.tracestate;
  return { topic: definition.topic, key: definition.key(envelope.data), value, headers };
}
