import {
  ALL_TOPICS,
  CONTENT_TYPE_JSON,
  createEvent,
  dlqTopic,
  EVENT_DEFINITIONS,
  EVENT_TYPES,
  type EventType,
  encodeEvent,
  exampleData,
  type Topic,
  Topics,
} from '../src/index.js';
import { deadLetterMessage, envelopeHeadersSchema } from './header-schemas.js';
import { plainSchema, sortedJson } from './sorted-json.js';

const KAFKA_BINDING_VERSION = '0.5.0';
const DEAD_LETTER = 'deadLetter';

/** `challenge.published` -> `challengePublished`. */
export function messageIdOf(type: EventType): string {
  return type.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function channelIdOf(topic: Topic): string {
  return Object.entries(Topics).find(([, name]) => name === topic)![0];
}

function typesOn(topic: Topic): EventType[] {
  return EVENT_TYPES.filter((type) => EVENT_DEFINITIONS[type].topic === topic);
}

/** A message as it is on Kafka; encoding it also proves the example valid. */
function example(type: EventType) {
  const index = EVENT_TYPES.indexOf(type) + 1;
  const event = createEvent(type, {
    data: exampleData(type),
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  });
  const { headers, key, value } = encodeEvent(event);
  return {
    name: `${messageIdOf(type)}Example`,
    summary: `key: ${key}`,
    headers,
    payload: JSON.parse(value.toString('utf8')),
  };
}

function eventMessage(type: EventType) {
  const definition = EVENT_DEFINITIONS[type];
  return {
    examples: [example(type)],
    name: type,
    title: type,
    summary: definition.schema.description,
    contentType: CONTENT_TYPE_JSON,
    headers: envelopeHeadersSchema(type),
    payload: { $ref: `#/components/schemas/${type}` },
    bindings: {
      kafka: {
        key: { type: 'string', description: `${definition.keyDescription} (aggregate id)` },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function channels() {
  const result: Record<string, unknown> = {};
  for (const topic of ALL_TOPICS) {
    const id = channelIdOf(topic);
    result[id] = {
      address: topic,
      title: topic,
      description: `Events of the ${id} stream, keyed by aggregate id.`,
      messages: Object.fromEntries(
        typesOn(topic).map((type) => [
          messageIdOf(type),
          { $ref: `#/components/messages/${messageIdOf(type)}` },
        ]),
      ),
      bindings: { kafka: { topic, bindingVersion: KAFKA_BINDING_VERSION } },
    };
    result[`${id}Dlq`] = {
      address: dlqTopic(topic),
      title: dlqTopic(topic),
      description: `Dead letters of ${topic}.`,
      messages: { [DEAD_LETTER]: { $ref: `#/components/messages/${DEAD_LETTER}` } },
      bindings: { kafka: { topic: dlqTopic(topic), bindingVersion: KAFKA_BINDING_VERSION } },
    };
  }
  return result;
}

function operations() {
  const result: Record<string, unknown> = {};
  for (const topic of ALL_TOPICS) {
    const id = channelIdOf(topic);
    const Id = id[0]!.toUpperCase() + id.slice(1);
    const messages = typesOn(topic).map((type) => ({
      $ref: `#/channels/${id}/messages/${messageIdOf(type)}`,
    }));
    const dead = [{ $ref: `#/channels/${id}Dlq/messages/${DEAD_LETTER}` }];
    const operation = (action: string, channel: string, summary: string, refs: unknown[]) => ({
      action,
      channel: { $ref: `#/channels/${channel}` },
      summary,
      messages: refs,
    });
    result[`publish${Id}`] = operation('send', id, `Outbox relay publishes to ${topic}.`, messages);
    result[`consume${Id}`] = operation('receive', id, `Consumers read ${topic}.`, messages);
    result[`park${Id}`] = operation('send', `${id}Dlq`, `Park a poison ${topic} message.`, dead);
    result[`replay${Id}`] = operation('receive', `${id}Dlq`, `Replay ${topic} dead letters.`, dead);
  }
  return result;
}

export function asyncApiDocument() {
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'citymatch events',
      version: '1.0.0',
      description:
        'The public event contract of citymatch: CloudEvents 1.0 in Kafka binary mode. ' +
        'Generated from packages/events by `pnpm gen`; do not edit.',
    },
    defaultContentType: CONTENT_TYPE_JSON,
    servers: {
      local: {
        host: 'localhost:9092',
        protocol: 'kafka',
        description: 'Local Kafka (KAFKA_BROKERS).',
      },
    },
    channels: channels(),
    operations: operations(),
    components: {
      messages: {
        ...Object.fromEntries(EVENT_TYPES.map((type) => [messageIdOf(type), eventMessage(type)])),
        [DEAD_LETTER]: deadLetterMessage(),
      },
      schemas: Object.fromEntries(
        EVENT_TYPES.map((type) => [type, plainSchema(EVENT_DEFINITIONS[type].schema)]),
      ),
    },
  };
}

export function renderAsyncApi(): Record<string, string> {
  return { 'generated/asyncapi.json': sortedJson(asyncApiDocument()) };
}
