import { context, SpanKind, trace } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import t from 'tap';
import type { Subscription } from '../../src/consumer/consumer-runner.js';
import { startTelemetry } from '../../src/telemetry/start-telemetry.js';

// The trace through the outbox and Kafka: an event written inside a span carries it, the relay
// sends it in a PRODUCER span of that trace, and the ConsumerRunner handles it in a CONSUMER
// span whose logs and written events continue it. Real Kafka, Redis and MongoDB-protocol server.
const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor(exporter);
const telemetry = startTelemetry({ serviceName: 'event-trace-test', spanProcessor: processor });
t.teardown(() => telemetry.shutdown());

const { Redis } = await import('ioredis');
const { default: mongoose } = await import('mongoose');
const { pino } = await import('pino');
const kit = await import('../../src/index.js');
type StoredEvent = import('../../src/index.js').StoredEvent;
const { loggerMixin } = await import('../../src/telemetry/logger-mixin.js');
const { injectTraceHeaders } = await import('../../src/telemetry/trace-headers.js');
const fixtures = await import('../helpers/kafka-fixtures.js');
const { messageOf, startRunner } = await import('../helpers/consumer-fixtures.js');

const tracer = trace.getTracer('test');
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

async function spansWhere(match: (s: ReadableSpan) => boolean, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await processor.forceFlush();
    const found = exporter.getFinishedSpans().filter(match);
    if (found.length > 0 || Date.now() > until) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The envelope an outbox entry holds (entries are stored as JSON text). */
const stored = (entry: StoredEvent | undefined) =>
  entry === undefined ? undefined : kit.storedEvent(entry);

t.test('events written while a span is active carry its trace context', async (t) => {
  const event = fixtures.challengeUpdated('c-1', 2);
  t.notOk(stored(kit.outboxOnCreate([event]).outbox[0])?.traceparent, 'no span: nothing added');
  await tracer.startActiveSpan('request', async (span) => {
    const { spanId, traceId } = span.spanContext();
    const created = stored(kit.outboxOnCreate([event]).outbox[0]);
    t.match(created?.traceparent, `00-${traceId}-${spanId}-01`, 'outboxOnCreate');
    const update: Record<string, unknown> = kit.withOutbox({ $set: { a: 1 } }, [event]);
    const pushed = (update.$push as { outbox: { $each: StoredEvent[] } }).outbox;
    t.match(stored(pushed.$each[0])?.traceparent, `00-${traceId}-${spanId}-01`, 'withOutbox');
    const own = { ...event, traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01` };
    t.equal(
      stored(kit.outboxOnCreate([own]).outbox[0])?.traceparent,
      own.traceparent,
      'an event with its own trace context keeps it',
    );
    span.end();
  });
});

t.test('the relay sends each event in a PRODUCER span of the trace that wrote it', async (t) => {
  const kafka = fixtures.sharedKafka('event-trace');
  const topic = await fixtures.createTopic(kafka, 'event-trace');
  const conn = await mongoose
    .createConnection(kit.serverUrls().mongoUrl, { dbName: kit.uniqueName('event-trace') })
    .asPromise();
  const redis = new Redis(kit.serverUrls().redisUrl);
  const producer = kit.createIdempotentProducer(kafka);
  await producer.connect();
  t.teardown(async () => {
    await producer.disconnect();
    await conn.dropDatabase();
    await conn.close();
    await redis.quit();
  });
  const aggregates = conn.db!.collection('challenges');
  const event = fixtures.challengeUpdated('c-relay', 1);
  const request = await tracer.startActiveSpan('request', async (span) => {
    await aggregates.insertOne({ _id: 'c-relay' as never, ...kit.outboxOnCreate([event]) });
    span.end();
    return span.spanContext();
  });
  const relay = new kit.OutboxRelay({
    collection: aggregates,
    locks: new kit.AggregateLocks(redis, kit.uniqueName('event-trace')),
    producer,
    log: fixtures.silentLog,
    topicFor: () => topic,
  });
  // the relay's round runs outside the request, as it does in a service
  t.equal(await relay.publishOnce(), 1, 'one event sent');

  const [send] = await spansWhere((s) => s.kind === SpanKind.PRODUCER);
  t.equal(send?.name, `send ${topic}`);
  t.equal(send?.spanContext().traceId, request.traceId, 'in the request’s trace');
  t.equal(send?.parentSpanContext?.spanId, request.spanId, 'a child of the span that wrote it');
  t.match(send?.attributes, {
    'messaging.system': 'kafka',
    'messaging.message.id': event.id,
    'cloudevents.event_type': 'challenge.updated',
  });
  const [message] = await fixtures.readMessages(kafka, topic, 1);
  const header = String(message?.headers?.traceparent);
  t.equal(
    TRACEPARENT.exec(header)?.[2],
    send?.spanContext().spanId,
    'the message’s traceparent is the send span',
  );
});

t.test('the ConsumerRunner handles a message in a CONSUMER span of its trace', async (t) => {
  const kafka = fixtures.sharedKafka('event-trace-consumer');
  const topic = await fixtures.createTopic(kafka, 'event-trace-consumer');
  const lines: Record<string, unknown>[] = [];
  const log = pino(
    { mixin: loggerMixin },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  let written: { traceparent?: string } | undefined;
  const groupId = kit.uniqueName('event-trace-group');
  const running = await startRunner(
    kafka,
    topic,
    [
      {
        type: 'challenge.updated',
        handle: async (e) => {
          log.info({ eventId: e.id }, 'handling');
          written = stored(kit.outboxOnCreate([fixtures.challengeUpdated('c-next', 1)]).outbox[0]);
        },
      } as Subscription,
    ],
    { groupId },
  );
  t.teardown(() => running.stop());
  const sender = kit.createIdempotentProducer(kafka);
  await sender.connect();
  t.teardown(() => sender.disconnect());
  const event = fixtures.challengeUpdated('c-consumed', 1);
  const sent = tracer.startSpan('send', { kind: SpanKind.PRODUCER });
  const message = messageOf(event);
  const headers = injectTraceHeaders({}, trace.setSpan(context.active(), sent));
  await sender.send({
    topic,
    messages: [{ ...message, headers: { ...message.headers, ...headers } }],
  });
  sent.end();

  const [processed] = await spansWhere(
    (s) => s.kind === SpanKind.CONSUMER && s.attributes['messaging.destination.name'] === topic,
    60_000,
  );
  t.ok(processed, 'a consumer span');
  t.equal(processed?.name, `process ${topic}`);
  t.equal(processed?.spanContext().traceId, sent.spanContext().traceId, 'in the sender’s trace');
  t.equal(processed?.parentSpanContext?.spanId, sent.spanContext().spanId, 'child of the send');
  t.match(processed?.attributes, {
    'messaging.consumer.group.name': groupId,
    'messaging.message.id': event.id,
    'cloudevents.event_type': 'challenge.updated',
  });
  const line = lines.find((l) => l.msg === 'handling');
  t.equal(line?.trace_id, processed?.spanContext().traceId, 'the handler’s log line: trace id');
  t.equal(line?.span_id, processed?.spanContext().spanId, 'the handler’s log line: span id');
  t.equal(
    TRACEPARENT.exec(written?.traceparent ?? '')?.[2],
    processed?.spanContext().spanId,
    'an event the handler writes continues from the consumer span',
  );
});
