export { type CreateEventInput, createEvent } from './create-event.js';
export { decodeEvent } from './decode-event.js';
export { DlqHeaders } from './dlq-headers.js';
export { encodeEvent } from './encode-event.js';
export {
  CLOUDEVENTS_SPEC_VERSION,
  CONTENT_TYPE_JSON,
  type EncodedEvent,
  type EventEnvelope,
  EventHeaders,
  type IncomingMessage,
  type KafkaHeaderValue,
  MAX_EVENT_BYTES,
} from './envelope.js';
export {
  type DecodeFailureReason,
  EventDecodeError,
  EventValidationError,
  type ValidationFailureReason,
} from './errors.js';
export {
  dataSchemaOf,
  EVENT_DEFINITIONS,
  EVENT_TYPES,
  type EventDataMap,
  type EventDefinition,
  EventSchemas,
  type EventType,
  isEventType,
  SOURCES,
  sourceOf,
  topicOf,
} from './event-types.js';
export { exampleData } from './examples.js';
export { MATCH_ID_PATTERN, matchIdFor } from './match-id.js';
export * from './schemas/challenge-events.js';
export * from './schemas/common.js';
export * from './schemas/matching-events.js';
export * from './schemas/notification-events.js';
export * from './schemas/startup-events.js';
export { ALL_TOPICS, dlqTopic, isTopic, type Topic, Topics } from './topics.js';
export { isValidTraceparent } from './trace-context.js';
