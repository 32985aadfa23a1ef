import { randomUUID } from 'node:crypto';
import { assertAttributes } from './assert-attributes.js';
import type { EventEnvelope } from './envelope.js';
import { EventValidationError } from './errors.js';
import {
  definitionOf,
  type EventDataMap,
  type EventType,
  isEventType,
  sourceOf,
} from './event-types.js';
import { traceContext } from './trace-context.js';
import { strictDataErrors } from './validate-data.js';

export interface CreateEventInput<T extends EventType> {
  data: EventDataMap[T];
  /** Default: the topic's source, e.g. `/citymatch/challenges`. */
  source?: string;
  /** Default: the type's subject (the aggregate id; `challengeId:startupId` for some). */
  subject?: string;
  /** Default: a new UUID. */
  id?: string;
  /** RFC 3339. Default: `data.occurredAt`. */
  time?: string;
  /** Dropped (with tracestate) when it is not a valid W3C traceparent. */
  traceparent?: string;
  tracestate?: string;
}

/** Builds a validated event. Throws EventValidationError when the data breaks the schema. */
export function createEvent<T extends EventType>(
  type: T,
  input: CreateEventInput<T>,
): EventEnvelope<T> {
  if (!isEventType(type)) {
    throw new EventValidationError('unknown_type', String(type), `unknown event type ${type}`);
  }
  const errors = strictDataErrors(type, input.data);
  if (errors.length > 0) {
    throw new EventValidationError(
      'schema_invalid',
      type,
      `invalid ${type} data: ${errors.join('; ')}`,
      errors,
    );
  }
  const definition = definitionOf(type);
  const envelope = {
    id: input.id ?? randomUUID(),
    type,
    source: input.source ?? sourceOf(type),
    subject: input.subject ?? definition.subject(input.data),
    time: input.time ?? input.data.occurredAt,
    data: input.data,
    ...traceContext(input.traceparent, input.tracestate),
  };
  assertAttributes(envelope);
  return envelope as EventEnvelope<T>;
}
