import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import t from 'tap';
import {
  runInSpan,
  startConsumerSpan,
  startProducerSpan,
} from '../../src/telemetry/messaging-spans.js';
import { startTelemetry } from '../../src/telemetry/start-telemetry.js';
import {
  injectTraceHeaders,
  type TraceHeaders,
  withExtractedContext,
} from '../../src/telemetry/trace-headers.js';

const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor(exporter);
const telemetry = startTelemetry({ serviceName: 'trace-headers-test', spanProcessor: processor });
t.teardown(() => telemetry.shutdown());
const tracer = trace.getTracer('test');

/** Export is asynchronous (resource attributes are detected asynchronously): flush first. */
async function finished() {
  await processor.forceFlush();
  return exporter.getFinishedSpans();
}

/** Headers as kafkajs hands them to a consumer: Buffers. */
const asKafkaHeaders = (h: TraceHeaders) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Buffer.from(String(v))]));

t.test('inject then extract keeps the trace id across a message', async (t) => {
  const sent = tracer.startActiveSpan('http request', (span) => {
    const headers = injectTraceHeaders({});
    span.end();
    return { headers, ctx: span.spanContext() };
  });
  t.match(sent.headers.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  t.equal(sent.headers.traceparent?.split('-')[1], sent.ctx.traceId);

  const received = withExtractedContext(asKafkaHeaders(sent.headers), () =>
    tracer.startActiveSpan('handle', (span) => {
      span.end();
      return span;
    }),
  );
  t.equal(received.spanContext().traceId, sent.ctx.traceId, 'same trace');
  const handled = (await finished()).find((s) => s.name === 'handle');
  t.equal(handled?.parentSpanContext?.spanId, sent.ctx.spanId, 'child of the sender');
  t.equal(handled?.parentSpanContext?.isRemote, true);
});

t.test('tracestate travels too; header names are matched case-insensitively', async (t) => {
  const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
  const seen = withExtractedContext(
    { TraceParent: traceparent, tracestate: [Buffer.from('vendor=abc')] },
    () => injectTraceHeaders({}),
  );
  t.same(seen, { traceparent, tracestate: 'vendor=abc' });
});

t.test('no, or broken, trace headers: the work starts a trace of its own', async (t) => {
  for (const headers of [undefined, {}, { traceparent: 'garbage' }, { traceparent: undefined }]) {
    const span = withExtractedContext(headers, () => tracer.startSpan('orphan'));
    span.end();
    const ctx = span.spanContext();
    t.match(ctx.traceId, /^[0-9a-f]{32}$/);
    t.equal(
      (await finished()).find((s) => s.spanContext().spanId === ctx.spanId)?.parentSpanContext,
      undefined,
      `root span for ${JSON.stringify(headers)}`,
    );
  }
  t.same(injectTraceHeaders({}, context.active()), {}, 'nothing to inject outside a span');
  t.equal(
    withExtractedContext(undefined, () => 42),
    42,
    'returns what fn returns',
  );
});

t.test('request -> outbox -> producer -> consumer is one trace with messaging spans', async (t) => {
  exporter.reset();
  // At write time, in the request: the trace headers are stored beside the outbox event.
  const stored = tracer.startActiveSpan('POST /challenges', (span) => {
    span.end();
    return injectTraceHeaders({});
  });
  const traceId = stored.traceparent?.split('-')[1];

  // Later, in the relay, outside any request context.
  const producer = startProducerSpan({
    topic: 'challenges.v1',
    key: 'ch-1',
    messageId: 'evt-1',
    eventType: 'challenge.published',
    parentHeaders: stored,
  });
  const messageHeaders = await runInSpan(producer, async () => injectTraceHeaders({}));

  // In the consumer, from the Kafka message.
  const consumer = startConsumerSpan({
    topic: 'challenges.v1',
    partition: 0,
    offset: '17',
    group: 'matching',
    messageId: 'evt-1',
    headers: asKafkaHeaders(messageHeaders),
  });
  await runInSpan(consumer, async () => {
    t.equal(trace.getActiveSpan(), consumer, 'the consumer span is active in the handler');
  });

  const spans = await finished();
  const send = spans.find((s) => s.name === 'send challenges.v1');
  const process = spans.find((s) => s.name === 'process challenges.v1');
  t.equal(send?.kind, SpanKind.PRODUCER);
  t.equal(process?.kind, SpanKind.CONSUMER);
  t.equal(send?.spanContext().traceId, traceId, 'the send continues the request trace');
  t.equal(process?.spanContext().traceId, traceId, 'so does the processing');
  t.equal(process?.parentSpanContext?.spanId, send?.spanContext().spanId);
  t.match(send?.attributes, {
    'messaging.system': 'kafka',
    'messaging.destination.name': 'challenges.v1',
    'messaging.operation.type': 'send',
    'messaging.message.id': 'evt-1',
    'messaging.kafka.message.key': 'ch-1',
  });
  t.match(process?.attributes, {
    'messaging.operation.type': 'process',
    'messaging.consumer.group.name': 'matching',
    'messaging.destination.partition.id': '0',
    'messaging.kafka.offset': 17,
  });
});

t.test('runInSpan records a failure on the span and rethrows', async (t) => {
  exporter.reset();
  const span = startConsumerSpan({ topic: 'startups.v1' });
  await t.rejects(
    runInSpan(span, async () => {
      throw new Error('poison');
    }),
    /poison/,
  );
  const ended = (await finished())[0];
  t.equal(ended?.status.code, SpanStatusCode.ERROR);
  t.equal(ended?.events[0]?.name, 'exception');
});
