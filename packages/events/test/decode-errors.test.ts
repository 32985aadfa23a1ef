import t from 'tap';
import {
  createEvent,
  type DecodeFailureReason,
  decodeEvent,
  EventDecodeError,
  encodeEvent,
  exampleData,
  type IncomingMessage,
  MAX_EVENT_BYTES,
} from '../src/index.js';
import { asReceived } from './fixtures/kafka-message.js';

const event = createEvent('challenge.published', { data: exampleData('challenge.published') });
const good = asReceived(encodeEvent(event));

function reasonOf(message: IncomingMessage): DecodeFailureReason | 'decoded' {
  try {
    decodeEvent(message);
    return 'decoded';
  } catch (error) {
    if (error instanceof EventDecodeError) return error.reason;
    throw error;
  }
}

function withHeader(name: string, value: string | undefined): IncomingMessage {
  const headers: Record<string, Buffer | undefined> = { ...good.headers };
  headers[name] = value === undefined ? undefined : Buffer.from(value);
  return { ...good, headers };
}

function withoutHeader(name: string): IncomingMessage {
  const { [name]: _, ...headers } = good.headers;
  return { ...good, headers };
}

t.equal(reasonOf(good), 'decoded', 'the untouched message decodes');

t.test('not_json', async (t) => {
  t.equal(reasonOf({ ...good, value: Buffer.from('{"challengeId": ') }), 'not_json');
  t.equal(reasonOf({ ...good, value: Buffer.from([0xff, 0xfe, 0x00]) }), 'not_json');
  t.equal(reasonOf({ ...good, value: null }), 'not_json', 'a tombstone has no event');
});

t.test('schema_invalid summarizes the TypeBox errors', async (t) => {
  const data = { ...exampleData('challenge.published'), country: 'Turkey', version: 0 } as Record<
    string,
    unknown
  >;
  delete data.title;
  const error = t.throws(() =>
    decodeEvent({ ...good, value: Buffer.from(JSON.stringify(data)) }),
  ) as EventDecodeError;
  t.ok(error instanceof EventDecodeError);
  t.equal(error.reason, 'schema_invalid');
  t.equal(error.eventType, 'challenge.published', 'says which type');
  t.equal(error.eventId, event.id, 'says which event');
  t.ok(
    error.errors.some((line) => line.startsWith('/title:')),
    error.errors.join('\n'),
  );
  t.ok(error.errors.some((line) => line.startsWith('/country:')));
  t.ok(error.errors.some((line) => line.startsWith('/version:')));
  t.match(error.message, /\/country/);
  t.same(
    error.errors,
    [
      '/title: Expected required property',
      "/country: Expected string to match '^[A-Z]{2}$'",
      '/version: Expected integer to be greater or equal to 1',
    ],
    'the first error at each path, in schema order',
  );
  t.equal(error.message, `invalid challenge.published data: ${error.errors.join('; ')}`);
  t.equal(reasonOf({ ...good, value: Buffer.from('[]') }), 'schema_invalid');
  t.equal(reasonOf({ ...good, value: Buffer.from('"text"') }), 'schema_invalid');
});

t.test('missing_header:<name> for each required header, absent or empty', async (t) => {
  for (const name of [
    'ce_specversion',
    'ce_id',
    'ce_source',
    'ce_type',
    'ce_time',
    'ce_subject',
    'content-type',
  ]) {
    t.equal(reasonOf(withoutHeader(name)), `missing_header:${name}`, `${name} absent`);
    t.equal(reasonOf(withHeader(name, '')), `missing_header:${name}`, `${name} empty`);
  }
  t.equal(
    reasonOf({ key: good.key, value: good.value }),
    'missing_header:ce_specversion',
    'no headers',
  );
  t.equal(reasonOf(withoutHeader('ce_dataschema')), 'decoded', 'ce_dataschema is optional');
});

t.test('every failure says which message, as far as its headers tell', async (t) => {
  const which = (message: IncomingMessage) => {
    const error = t.throws(() => decodeEvent(message)) as EventDecodeError;
    return { eventType: error.eventType, eventId: error.eventId };
  };
  const both = { eventType: 'challenge.published', eventId: event.id };
  for (const name of ['ce_specversion', 'ce_source', 'ce_time', 'ce_subject', 'content-type']) {
    t.same(which(withoutHeader(name)), both, `${name} absent`);
  }
  t.same(which(withoutHeader('ce_type')), { eventType: undefined, eventId: event.id });
  t.same(which(withoutHeader('ce_id')), { eventType: 'challenge.published', eventId: undefined });
  t.same(which(withHeader('ce_type', 'challenge.deleted')), {
    eventType: 'challenge.deleted',
    eventId: event.id,
  });
  t.same(which({ ...good, value: Buffer.from('{') }), both, 'not_json');
});

t.test('unknown_type', async (t) => {
  t.equal(reasonOf(withHeader('ce_type', 'challenge.deleted')), 'unknown_type');
  t.equal(
    reasonOf(withHeader('ce_type', 'constructor')),
    'unknown_type',
    'not fooled by prototypes',
  );
});

t.test('too_large is decided on the size, before parsing', async (t) => {
  const twoMegabytes = Buffer.alloc(2 * 1024 * 1024, 'x');
  t.equal(reasonOf({ ...good, value: twoMegabytes }), 'too_large', 'not not_json');
  t.equal(reasonOf({ ...good, value: twoMegabytes, headers: {} }), 'too_large', 'before headers');
  t.equal(
    reasonOf({ ...good, value: 'é'.repeat(MAX_EVENT_BYTES / 2 + 1) }),
    'too_large',
    'bytes, not characters',
  );
  const error = t.throws(() => decodeEvent({ ...good, value: twoMegabytes })) as EventDecodeError;
  t.equal(error.eventId, event.id, 'still says which event');
});

t.test('bad_specversion', async (t) => {
  t.equal(reasonOf(withHeader('ce_specversion', '0.3')), 'bad_specversion');
});

t.test('bad_header:<name>', async (t) => {
  t.equal(reasonOf(withHeader('ce_time', 'yesterday')), 'bad_header:ce_time');
  t.equal(reasonOf(withHeader('content-type', 'text/plain')), 'bad_header:content-type');
  t.equal(
    reasonOf(withHeader('content-type', 'application/cloudevents+json')),
    'bad_header:content-type',
    'structured mode is not this contract',
  );
  t.equal(reasonOf(withHeader('content-type', 'application/json; charset=utf-8')), 'decoded');
  t.equal(reasonOf(withHeader('content-type', 'Application/JSON')), 'decoded', 'any case');
});

t.test('unknown data properties are tolerated (additive changes)', async (t) => {
  const data = { ...exampleData('challenge.published'), budget: 10000 };
  const decoded = decodeEvent({ ...good, value: Buffer.from(JSON.stringify(data)) });
  t.equal(decoded.type, 'challenge.published');
  t.equal(decoded.id, event.id);
});

t.test('the first value of a repeated header is used', async (t) => {
  const headers = {
    ...good.headers,
    ce_type: [Buffer.from('challenge.published'), Buffer.from('x')],
  };
  t.equal(reasonOf({ ...good, headers }), 'decoded');
});
