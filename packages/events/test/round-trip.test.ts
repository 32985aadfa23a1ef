import type { KafkaMessage, ProducerRecord } from 'kafkajs';
import t from 'tap';
import {
  createEvent,
  decodeEvent,
  EVENT_TYPES,
  type EventEnvelope,
  encodeEvent,
  exampleData,
  topicOf,
} from '../src/index.js';
import { asReceived, headersAsText, TRACEPARENT } from './fixtures/kafka-message.js';

const expectedKey: Record<string, (data: Record<string, unknown>) => unknown> = {
  challenge: (data) => data.challengeId,
  startup: (data) => data.startupId,
  match: (data) => data.challengeId,
  shortlist: (data) => data.challengeId,
  notification: (data) => data.startupId,
};

for (const type of EVENT_TYPES) {
  t.test(`${type} survives encode and decode`, async (t) => {
    const event = createEvent(type, {
      data: exampleData(type),
      traceparent: TRACEPARENT,
      tracestate: 'congo=t61rcWkgMzE',
    });
    const encoded = encodeEvent(event);
    const data = event.data as unknown as Record<string, unknown>;

    t.equal(encoded.topic, topicOf(type));
    t.equal(encoded.key, expectedKey[type.split('.')[0]!]!(data), 'keyed by the aggregate id');
    t.ok(Buffer.isBuffer(encoded.value));
    t.same(JSON.parse(encoded.value.toString('utf8')), event.data, 'the value is the data');
    t.match(encoded.headers, {
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: event.source,
      ce_type: type,
      ce_time: event.time,
      ce_subject: event.subject,
      ce_dataschema: `urn:citymatch:events:${type}:v1`,
      'content-type': 'application/json',
      traceparent: TRACEPARENT,
      tracestate: 'congo=t61rcWkgMzE',
    });

    t.strictSame(decodeEvent(encoded), event, 'headers as strings');
    t.strictSame(decodeEvent(asReceived(encoded)), event, 'headers as Buffers');
    const received = asReceived(encoded);
    t.strictSame(
      decodeEvent({ ...received, value: received.value.toString('utf8') }),
      event,
      'value as a string',
    );
    const asArrays = Object.fromEntries(
      Object.entries(headersAsText(received.headers)).map(([name, value]) => [name, [value]]),
    );
    t.strictSame(decodeEvent({ ...received, headers: asArrays }), event, 'headers as arrays');
  });
}

t.test('kafkajs types fit: encoded is a Message, a KafkaMessage decodes as is', async (t) => {
  const encoded = encodeEvent(
    createEvent('startup.deactivated', { data: exampleData('startup.deactivated') }),
  );
  const record: ProducerRecord = { topic: encoded.topic, messages: [encoded] };
  t.equal(record.messages[0]?.key, encoded.key);
  const message: KafkaMessage = {
    ...asReceived(encoded),
    timestamp: '0',
    attributes: 0,
    offset: '7',
  };
  const event: EventEnvelope = decodeEvent(message);
  if (event.type !== 'startup.deactivated') throw new Error(`unexpected ${event.type}`);
  t.equal(event.data.startupId, exampleData('startup.deactivated').startupId);
});

t.test('trace context is optional and a malformed traceparent is dropped', async (t) => {
  const plain = encodeEvent(
    createEvent('challenge.closed', { data: exampleData('challenge.closed') }),
  );
  t.notOk('traceparent' in plain.headers);
  t.notOk('traceparent' in decodeEvent(plain));

  const bad = {
    ...plain,
    headers: { ...plain.headers, traceparent: 'nonsense', tracestate: 'a=b' },
  };
  const decoded = decodeEvent(bad);
  t.notOk('traceparent' in decoded, 'malformed traceparent dropped');
  t.notOk('tracestate' in decoded, 'its tracestate dropped with it');
});
