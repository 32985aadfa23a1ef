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

// decodeEvent runs once per consumed message, so it is written to be cheap on the good path:
// each header is read (Buffer to string) once, and no closure is made per call (tsx wraps every
// named closure in a defineProperty call). The failure path builds the error, nothing else.

type Headers = Record<string, KafkaHeaderValue>;

function headerText(value: KafkaHeaderValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return undefined;
  const text = typeof first === 'string' ? first : first.toString('utf8');
  return text.length > 0 ? text : undefined;
}

/** Which message failed: its `ce_type` and `ce_id` as far as they could be read. */
interface Which {
  eventType: string | undefined;
  eventId: string | undefined;
}

function failure(reason: DecodeFailureReason, text: string, which: Which, errors?: string[]) {
  return new EventDecodeError(reason, text, { ...which, ...(errors && { errors }) });
}

function missing(name: string, which: Which) {
  return failure(`missing_header:${name}`, `message has no ${name} header`, which);
}

function required(headers: Headers, name: string, which: Which): string {
  const text = headerText(headers[name]);
  if (text === undefined) throw missing(name, which);
  return text;
}

function isJsonContentType(contentType: string): boolean {
  return (
    contentType === CONTENT_TYPE_JSON ||
    contentType.split(';')[0]!.trim().toLowerCase() === CONTENT_TYPE_JSON
  );
}

/**
 * The event in a Kafka message (CloudEvents binary mode), validated against its schema.
 * Unknown data properties are tolerated (additive changes); the key is not checked.
 * Throws EventDecodeError with a machine-readable `reason`; checks run in this order:
 * too_large, bad_specversion, ce_type (unknown_type), the other headers, not_json, schema_invalid.
 */
export function decodeEvent(message: IncomingMessage): EventEnvelope {
  const headers: Headers = message.headers ?? {};
  const which: Which = {
    eventType: headerText(headers[EventHeaders.type]),
    eventId: headerText(headers[EventHeaders.id]),
  };

  const { value } = message;
  const size =
    value == null ? 0 : typeof value === 'string' ? Buffer.byteLength(value) : value.length;
  if (size > MAX_EVENT_BYTES) {
    throw failure(
      'too_large',
      `message value is ${size} bytes, over the ${MAX_EVENT_BYTES} limit`,
      which,
    );
  }

  const specversion = required(headers, EventHeaders.specversion, which);
  if (specversion !== CLOUDEVENTS_SPEC_VERSION) {
    throw failure(
      'bad_specversion',
      `ce_specversion is ${specversion}, expected ${CLOUDEVENTS_SPEC_VERSION}`,
      which,
    );
  }
  const type = which.eventType;
  if (type === undefined) throw missing(EventHeaders.type, which);
  if (!isEventType(type)) throw failure('unknown_type', `unknown event type ${type}`, which);
  const id = which.eventId;
  if (id === undefined) throw missing(EventHeaders.id, which);
  const source = required(headers, EventHeaders.source, which);
  const subject = required(headers, EventHeaders.subject, which);
  const time = required(headers, EventHeaders.time, which);
  if (!isDateTime(time)) {
    throw failure('bad_header:ce_time', `ce_time ${time} is not RFC 3339`, which);
  }
  const contentType = required(headers, EventHeaders.contentType, which);
  if (!isJsonContentType(contentType)) {
    throw failure(
      'bad_header:content-type',
      `content-type is ${contentType}, expected ${CONTENT_TYPE_JSON}`,
      which,
    );
  }

  if (value == null) throw failure('not_json', 'message has no value', which);
  let data: unknown;
  try {
    data = JSON.parse(typeof value === 'string' ? value : value.toString('utf8'));
  } catch (error) {
    throw failure('not_json', `message value is not JSON: ${(error as Error).message}`, which);
  }
  const errors = tolerantDataErrors(type, data);
  if (errors.length > 0) {
    throw failure('schema_invalid', `invalid ${type} data: ${errors.join('; ')}`, which, errors);
  }

  const event = { id, type, source, subject, time, data } as EventEnvelope;
  const traceparent = headerText(headers[EventHeaders.traceparent]);
  if (traceparent !== undefined) {
    const trace = traceContext(traceparent, headerText(headers[EventHeaders.tracestate]));
    if (trace.traceparent) event.traceparent = trace.traceparent;
    if (trace.tracestate) event.tracestate = trace.tracestate;
  }
  return event;
}
