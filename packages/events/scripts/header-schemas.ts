import {
  CLOUDEVENTS_SPEC_VERSION,
  CONTENT_TYPE_JSON,
  DlqHeaders,
  dataSchemaOf,
  EVENT_DEFINITIONS,
  EventHeaders,
  type EventType,
  SOURCES,
} from '../src/index.js';

// Header schemas of the AsyncAPI messages: the CloudEvents envelope and the dead-letter headers.

const TRACEPARENT_PATTERN = '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}(-.*)?$';

/** The envelope headers of one type's messages, or of any message when no type is given. */
export function envelopeHeadersSchema(type?: EventType) {
  const definition = type === undefined ? undefined : EVENT_DEFINITIONS[type];
  const text = (description: string, extra: Record<string, unknown> = {}) => ({
    type: 'string',
    description,
    ...extra,
  });
  return {
    type: 'object',
    description: 'CloudEvents 1.0 attributes, Kafka binary mode, and W3C trace context.',
    required: [
      EventHeaders.specversion,
      EventHeaders.id,
      EventHeaders.source,
      EventHeaders.type,
      EventHeaders.time,
      EventHeaders.subject,
      EventHeaders.contentType,
    ],
    properties: {
      [EventHeaders.specversion]: text('CloudEvents spec version.', {
        const: CLOUDEVENTS_SPEC_VERSION,
      }),
      [EventHeaders.id]: text('Event id (a UUID); consumers drop duplicates by it.', {
        minLength: 1,
      }),
      [EventHeaders.source]: text('Producer, a URI reference.', {
        minLength: 1,
        examples: definition ? [SOURCES[definition.topic]] : Object.values(SOURCES),
      }),
      [EventHeaders.type]: definition
        ? text('Event type.', { const: type })
        : text('Event type, e.g. `challenge.published` (no prefix).'),
      [EventHeaders.time]: text('When it happened (RFC 3339).', { format: 'date-time' }),
      [EventHeaders.subject]: text(
        `Subject: ${definition ? definition.subjectDescription : 'the aggregate id, or challengeId:startupId'}.`,
        { minLength: 1 },
      ),
      [EventHeaders.dataschema]: definition
        ? text('The `$id` of the payload JSON Schema.', { const: dataSchemaOf(type!) })
        : text('The `$id` of the payload JSON Schema: `urn:citymatch:events:<type>:v<n>`.'),
      [EventHeaders.contentType]: text('Content type of the value.', { const: CONTENT_TYPE_JSON }),
      [EventHeaders.traceparent]: text('W3C trace context.', { pattern: TRACEPARENT_PATTERN }),
      [EventHeaders.tracestate]: text('W3C trace context, vendor part.'),
    },
  };
}

export function deadLetterMessage() {
  const text = (description: string) => ({ type: 'string', description });
  return {
    name: 'dead-letter',
    title: 'Dead letter',
    summary:
      'A message a consumer gave up on: original key, value (unchanged, maybe not JSON) and ' +
      'headers, plus the dlq_* headers. Replaying sends it back to the original topic.',
    headers: {
      type: 'object',
      required: [
        DlqHeaders.error,
        DlqHeaders.reason,
        DlqHeaders.originalTopic,
        DlqHeaders.originalPartition,
        DlqHeaders.originalOffset,
      ],
      properties: {
        [DlqHeaders.error]: text('The last error message.'),
        [DlqHeaders.reason]: text(
          'Decode failure reason (too_large, not_json, ...) or handler_error.',
        ),
        [DlqHeaders.originalTopic]: text('Topic it was read from.'),
        [DlqHeaders.originalPartition]: text('Partition it was read from (decimal).'),
        [DlqHeaders.originalOffset]: text('Offset it was read from (decimal).'),
        [DlqHeaders.consumerGroup]: text('The consumer group that gave up.'),
        [DlqHeaders.attempts]: text('How many times the handler was tried (decimal).'),
        [DlqHeaders.failedAt]: { type: 'string', format: 'date-time', description: 'When.' },
      },
    },
    payload: { description: 'The original message value, byte for byte.' },
  };
}
