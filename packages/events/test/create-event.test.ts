import t from 'tap';
import {
  ALL_TOPICS,
  createEvent,
  dlqTopic,
  EVENT_TYPES,
  type EventEnvelope,
  EventValidationError,
  encodeEvent,
  exampleData,
  isEventType,
  MAX_EVENT_BYTES,
  matchIdFor,
  Topics,
  topicOf,
} from '../src/index.js';

/** The reason of the EventValidationError `build` throws. */
function refusal(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    if (error instanceof EventValidationError) return error.reason;
    throw error;
  }
  return 'accepted';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

t.test(
  'defaults: a new UUID, the topic source, the aggregate subject, time = occurredAt',
  async (t) => {
    const data = exampleData('challenge.published');
    const first = createEvent('challenge.published', { data });
    const second = createEvent('challenge.published', { data });
    t.match(first.id, UUID);
    t.not(first.id, second.id, 'every event has its own id');
    t.equal(first.source, '/citymatch/challenges');
    t.equal(first.subject, data.challengeId);
    t.equal(first.time, data.occurredAt);
    t.notOk('traceparent' in first);
  },
);

t.test('subjects: the aggregate id, or the challenge:startup pair', async (t) => {
  const match = exampleData('match.found');
  t.equal(createEvent('match.found', { data: match }).subject, match.matchId);
  t.equal(match.matchId, matchIdFor(match.challengeId, match.startupId));
  const sent = exampleData('notification.sent');
  t.equal(
    createEvent('notification.sent', { data: sent }).subject,
    `${sent.challengeId}:${sent.startupId}`,
  );
  t.equal(encodeEvent(createEvent('notification.sent', { data: sent })).key, sent.startupId);
  t.equal(encodeEvent(createEvent('match.found', { data: match })).key, match.challengeId);
});

t.test('given attributes are kept', async (t) => {
  const event = createEvent('startup.registered', {
    data: exampleData('startup.registered'),
    id: 'fixed-id',
    source: '/citymatch/startups/import',
    subject: 'custom',
    time: '2025-01-01T00:00:00+03:00',
  });
  t.match(event, {
    id: 'fixed-id',
    source: '/citymatch/startups/import',
    subject: 'custom',
    time: '2025-01-01T00:00:00+03:00',
  });
});

t.test('invalid data is refused with the reasons', async (t) => {
  const data = { ...exampleData('startup.registered'), contactEmail: 'not an email' };
  const error = t.throws(() => createEvent('startup.registered', { data })) as EventValidationError;
  t.ok(error instanceof EventValidationError);
  t.equal(error.reason, 'schema_invalid');
  t.equal(error.eventType, 'startup.registered');
  t.match(error.errors, [/^\/contactEmail:/]);

  const extra = { ...exampleData('startup.deactivated'), secret: 1 };
  t.equal(
    refusal(() => createEvent('startup.deactivated', { data: extra })),
    'schema_invalid',
    'producers may not add fields the schema does not name',
  );
  const badId = { ...exampleData('startup.deactivated'), startupId: 'a:b' };
  t.equal(
    refusal(() => createEvent('startup.deactivated', { data: badId })),
    'schema_invalid',
  );
  const otherData = exampleData('startup.deactivated') as never;
  t.equal(
    refusal(() => createEvent('challenge.closed', { data: otherData })),
    'schema_invalid',
  );
  t.equal(
    refusal(() => createEvent('challenge.deleted' as never, { data: {} as never })),
    'unknown_type',
  );
  t.equal(
    refusal(() =>
      createEvent('challenge.closed', { data: exampleData('challenge.closed'), time: 'now' }),
    ),
    'bad_attribute',
  );
});

t.test('encodeEvent validates again: a stored envelope may have been changed', async (t) => {
  const event = createEvent('challenge.closed', { data: exampleData('challenge.closed') });
  const tampered = { ...event, data: { ...event.data, version: -1 } } as EventEnvelope;
  t.equal(
    refusal(() => encodeEvent(tampered)),
    'schema_invalid',
  );
  t.equal(
    refusal(() => encodeEvent({ ...event, id: '' })),
    'bad_attribute',
  );
  const roundTripped = JSON.parse(JSON.stringify(event)) as EventEnvelope;
  t.equal(encodeEvent(roundTripped).key, event.data.challengeId, 'a JSON copy encodes');
});

t.test('the largest valid events fit the size limit consumers enforce', async (t) => {
  const challenge = exampleData('challenge.published');
  challenge.description = '€'.repeat(20000);
  challenge.title = '€'.repeat(300);
  challenge.sectors = Array.from({ length: 50 }, () => '€'.repeat(100));
  const match = exampleData('match.found');
  const reason = match.reasons[0]!;
  match.reasons = Array.from({ length: 100 }, () => ({
    ...reason,
    challengeTag: '€'.repeat(200),
    startupTag: '€'.repeat(200),
    sectorId: '€'.repeat(200),
  }));
  for (const event of [
    createEvent('challenge.published', { data: challenge }),
    createEvent('match.found', { data: match }),
  ]) {
    const { value } = encodeEvent(event);
    t.ok(value.length < MAX_EVENT_BYTES / 4, `${event.type}: ${value.length} bytes`);
  }
});

t.test('topics', async (t) => {
  t.strictSame(ALL_TOPICS, ['challenges.v1', 'startups.v1', 'matching.v1', 'notifications.v1']);
  t.equal(dlqTopic(Topics.matching), 'matching.v1.dlq');
  t.equal(dlqTopic('test-topic-1'), 'test-topic-1.dlq');
  t.equal(EVENT_TYPES.length, 11);
  t.equal(topicOf('challenge.closed'), 'challenges.v1');
  t.equal(topicOf('startup.updated'), 'startups.v1');
  t.equal(topicOf('shortlist.updated'), 'matching.v1');
  t.equal(topicOf('notification.suppressed'), 'notifications.v1');
  t.ok(isEventType('match.found'));
  t.notOk(isEventType('match.lost'));
  t.notOk(isEventType('toString'));
  t.notOk(isEventType(42));
});
