import { randomUUID } from 'node:crypto';
import {
  createEvent,
  decodeEvent,
  EventDecodeError,
  type EventEnvelope,
  EventHeaders,
  type EventType,
  encodeEvent,
  exampleData,
  matchIdFor,
} from '@citymatch/events';
import fc from 'fast-check';
import { oddString, tameString } from './fuzz-bodies.js';
import { testKafka } from './watch-topic.js';

/** A Kafka message as a producer (broken or not) could put on a topic. */
export interface FuzzMessage {
  key: string;
  value: Buffer | null;
  headers: Record<string, string>;
}

/** A value of a wrong or hostile kind for an event field (kept small: these go through Kafka). */
const hostileField = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2),
    fc.constant(''),
    oddString(),
    fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
    fc.array(oddString(8), { maxLength: 4 }),
    fc.nat({ max: 30 }).map((n) => Array.from({ length: n * 10 }, (_, i) => `t${i}`)),
    fc.dictionary(
      fc.constantFrom('__proto__', 'constructor', '$where', 'a.b', 'x'),
      fc.jsonValue({ maxDepth: 1 }),
      { maxKeys: 2 },
    ),
    fc.jsonValue({ maxDepth: 2 }),
  );

/** Ids a test can recognise as its own (every generated aggregate id starts with `prefix`). */
const aggregateId = (prefix: string) =>
  fc.stringMatching(/^[a-z0-9]{6,12}$/).map((s) => `${prefix}-${s}`);

/**
 * Valid events of `types` with ids starting with `prefix` and odd but allowed text in their
 * tags and names. A combination the schema still refuses is dropped (fc.filter).
 */
export function validEvents(prefix: string, types: EventType[]): fc.Arbitrary<EventEnvelope> {
  return fc
    .record({
      type: fc.constantFrom(...types),
      challengeId: aggregateId(prefix),
      startupId: aggregateId(prefix),
      orgId: aggregateId(prefix),
      tags: fc.array(tameString(), { minLength: 1, maxLength: 4 }),
      name: tameString(),
      version: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ type, challengeId, startupId, orgId, tags, name, version }) => {
      const data = exampleData(type) as Record<string, unknown>;
      const now = new Date().toISOString();
      const over: Record<string, unknown> = { occurredAt: now };
      if ('version' in data) over['version'] = version;
      if ('challengeId' in data) over['challengeId'] = challengeId;
      if ('startupId' in data) over['startupId'] = startupId;
      if ('orgId' in data) over['orgId'] = orgId;
      if ('sectors' in data) over['sectors'] = tags;
      if ('name' in data) over['name'] = name;
      if ('title' in data) over['title'] = name;
      if ('matchId' in data) over['matchId'] = matchIdFor(challengeId, startupId);
      if ('contactEmail' in data) over['contactEmail'] = `${startupId}@fuzz.citymatch.example`;
      if ('deadline' in data) over['deadline'] = '2099-06-30T23:59:59.000Z';
      try {
        return createEvent(type, { data: { ...data, ...over } as never }) as EventEnvelope;
      } catch {
        return null;
      }
    })
    .filter((e): e is EventEnvelope => e !== null);
}

const WRONG_HEADER: Record<string, string> = {
  [EventHeaders.specversion]: '0.3',
  [EventHeaders.type]: 'challenge.deleted',
  [EventHeaders.time]: 'yesterday',
  [EventHeaders.contentType]: 'application/xml',
};

const REQUIRED_HEADERS = [
  EventHeaders.specversion,
  EventHeaders.id,
  EventHeaders.source,
  EventHeaders.type,
  EventHeaders.time,
  EventHeaders.subject,
  EventHeaders.contentType,
];

/** A valid message like `base` for fresh aggregates: ids in key, headers and value swapped. */
function freshCopy(base: EventEnvelope, prefix: string, salt: string): FuzzMessage {
  const { key, value, headers } = encodeEvent(base);
  const d = base.data as { challengeId?: string; startupId?: string; orgId?: string };
  let text = Buffer.from(value).toString('utf8');
  let k = key;
  let subject = String(headers[EventHeaders.subject]);
  for (const id of [d.challengeId, d.startupId, d.orgId]) {
    if (!id?.startsWith(`${prefix}-`)) continue;
    const fresh = `${prefix}-${salt}${id.slice(prefix.length + 1, prefix.length + 5)}`;
    text = text.split(id).join(fresh);
    k = k.split(id).join(fresh);
    subject = subject.split(id).join(fresh);
  }
  return {
    key: k,
    value: Buffer.from(text),
    headers: {
      ...(headers as Record<string, string>),
      [EventHeaders.id]: randomUUID(),
      [EventHeaders.subject]: subject,
    },
  };
}

/**
 * Messages for fuzzing a consumer: ~3% valid events of `types`, the rest an event whose data
 * has fields of a wrong kind, missing or extra; headers missing or wrong (specversion, type,
 * time, content type); a value that is not JSON, empty or absent; an event of one of `others`
 * (types the consumer does not take). Aggregate ids all start with `prefix`. Valid events are
 * drawn from a small validated pool and copied for fresh ids (validating 10,000 is slow).
 */
export function fuzzEventMessage(opts: {
  prefix: string;
  types: EventType[];
  others: EventType[];
  seed: number;
}): fc.Arbitrary<FuzzMessage> {
  const { prefix } = opts;
  const pool = fc.sample(validEvents(prefix, opts.types), { seed: opts.seed, numRuns: 60 });
  const otherPool = fc.sample(validEvents(prefix, opts.others), { seed: opts.seed, numRuns: 20 });
  const salt = fc.stringMatching(/^[a-z0-9]{6}$/);
  const encoded = fc
    .record({ base: fc.constantFrom(...pool), salt })
    .map(({ base, salt }) => freshCopy(base, prefix, salt));
  const badData = fc
    .record({
      m: encoded,
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      values: fc.array(hostileField(), { minLength: 3, maxLength: 3 }),
      drop: fc.boolean(),
      extraKey: fc.option(fc.constantFrom('__proto__', 'constructor', 'admin'), { nil: undefined }),
    })
    .map(({ m, pick, values, drop, extraKey }) => {
      const data = JSON.parse(m.value!.toString('utf8')) as Record<string, unknown>;
      const keys = Object.keys(data);
      pick.forEach((n, i) => {
        const k = keys[n % keys.length]!;
        if (drop && i === 0) delete data[k];
        else data[k] = values[i];
      });
      let text = JSON.stringify(data);
      if (extraKey) text = `${text.slice(0, -1)},${JSON.stringify(extraKey)}:{"admin":true}}`;
      return { ...m, value: Buffer.from(text) };
    });
  const badHeaders = fc
    .record({
      m: encoded,
      header: fc.constantFrom(...REQUIRED_HEADERS),
      how: fc.constantFrom('drop', 'empty', 'odd', 'wrong'),
      odd: oddString(20),
    })
    .map(({ m, header, how, odd }) => {
      const headers = { ...m.headers };
      if (how === 'drop') delete headers[header];
      else if (how === 'empty') headers[header] = '';
      else if (how === 'odd') headers[header] = odd;
      else headers[header] = WRONG_HEADER[header] ?? `${headers[header]}\u0000`;
      return { ...m, headers };
    });
  const badValue = fc
    .record({
      m: encoded,
      value: fc.oneof(
        fc.constant<Buffer | null>(null),
        fc.constantFrom('', '{', 'null', '[]', '"x"', '1', '{"a":').map((s) => Buffer.from(s)),
        fc.string({ unit: 'binary', maxLength: 60 }).map((s) => Buffer.from(s)),
        fc.nat({ max: 5000 }).map((n) => Buffer.from('['.repeat(n))),
        fc.constantFrom([0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80]).map((b) => Buffer.from(b)),
      ),
    })
    .map(({ m, value }) => ({ ...m, value }));
  const otherType = fc
    .record({ base: fc.constantFrom(...otherPool), salt })
    .map(({ base, salt }) => freshCopy(base, prefix, salt));
  return fc.oneof(
    { arbitrary: encoded, weight: 3 },
    { arbitrary: badData, weight: 55 },
    { arbitrary: badHeaders, weight: 22 },
    { arbitrary: badValue, weight: 15 },
    { arbitrary: otherType, weight: 5 },
  );
}

export type MessageFate =
  | { fate: 'parked'; reason: string }
  | { fate: 'ignored'; event: EventEnvelope }
  | { fate: 'handled'; event: EventEnvelope };

/**
 * What a consumer taking `types` must do with a message, by the one event contract: park what
 * does not decode (with the decoder's reason), ignore a type it does not take, handle the rest.
 */
export function expectedFate(m: FuzzMessage, types: readonly string[]): MessageFate {
  try {
    const event = decodeEvent({ value: m.value, headers: m.headers });
    return types.includes(event.type) ? { fate: 'handled', event } : { fate: 'ignored', event };
  } catch (err) {
    return {
      fate: 'parked',
      reason: err instanceof EventDecodeError ? err.reason : 'decode_error',
    };
  }
}

/** Put `messages` on `topic` in batches (one round trip per batch, not per message). */
export async function produceBatched(
  topic: string,
  messages: readonly FuzzMessage[],
  batch = 500,
): Promise<void> {
  const kafka = testKafka('citymatch-fuzz');
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += batch) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + batch) as never });
    }
  } finally {
    await producer.disconnect();
  }
}
