import {
  CLOUDEVENTS_SPEC_VERSION,
  CONTENT_TYPE_JSON,
  type EventEnvelope,
  EventHeaders,
  type IncomingMessage,
  type KafkaHeaderValue,
  MAX_EVENT_BYTES,
} from './envelope.js';
import { type DecodeFailureReason, EventDecodeError } from './errors.js';
import { isEventType } from './event-types.js';
import { isDateTime } from './formats.js';
import { traceContext } from './trace-context.js';
import { tolerantDataErrors } from './validate-data.js';

function headerText(value: KafkaHeaderValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  const text = typeof first === 'string' ? first : first.toString('utf8');
  return text.length > 0 ? text : undefined;
}

/**
 * The event in a Kafka message (CloudEvents binary mode), validated against its schema.
 * Unknown data properties are tolerated (additive changes); the key is not checked.
 * Throws EventDecodeError with a machine-readable `reason`; checks run in this order:
 * too_large, bad_specversion, ce_type (unknown_type), the other headers, not_json, schema_invalid.
 */
export function decodeEvent(message: IncomingMessage): EventEnvelope {
  const headers = message.headers ?? {};
  const read = (name: string) => headerText(headers[name]);
  const context = { eventType: read(EventHeaders.type), eventId: read(EventHeaders.id) };
  const fail = (reason: DecodeFailureReason, text: string, errors?: string[]): never => {
    throw new EventDecodeError(reason, text, { ...context, ...(errors && { errors }) });
  };
  const required = (name: string): string =>
    read(name) ?? fail(`missing_header:${name}`, `message has no ${name} header`);

  const { value } = message;
  const size = value == null ? 0 : Buffer.byteLength(value);
  if (size > MAX_EVENT_BYTES) {
    fail('too_large', `message value is ${size} bytes, over the ${MAX_EVENT_BYTES} limit`);
  }

  const specversion = required(EventHeaders.specversion);
  if (specversion !== CLOUDEVENTS_SPEC_VERSION) {
    fail(
      'bad_specversion',
      `ce_specversion is ${specversion}, expected ${CLOUDEVENTS_SPEC_VERSION}`,
    );
  }
  const type = required(EventHeaders.type);
  if (!isEventType(type)) fail('unknown_type', `unknown event type ${type}`);
  const id = required(EventHeaders.id);
  const source = required(EventHeaders.source);
  const subject = required(EventHeaders.subject);
  const time = required(EventHeaders.time);
  if (!isDateTime(time)) fail('bad_header:ce_time', `ce_time ${time} is not RFC 3339`);
  const contentType = required(EventHeaders.contentType);
  if (contentType.split(';')[0]!.trim().toLowerCase() !== CONTENT_TYPE_JSON) {
    fail(
      'bad_header:content-type',
      `content-type is ${contentType}, expected ${CONTENT_TYPE_JSON}`,
    );
  }

  if (value == null) fail('not_json', 'message has no value');
  let data: unknown;
  try {
    data = JSON.parse(typeof value === 'string' ? value : value!.toString('utf8'));
  } catch (error) {
    fail('not_json', `message value is not JSON: ${(error as Error).message}`);
  }
  const errors = tolerantDataErrors(type as EventEnvelope['type'], data);
  if (errors.length > 0) {
    fail('schema_invalid', `invalid ${type} data: ${errors.join('; ')}`, errors);
  }

  const trace = traceContext(read(EventHeaders.traceparent), read(EventHeaders.tracestate));
  return { id, type, source, subject, time, data, ...trace } as EventEnvelope;
}
