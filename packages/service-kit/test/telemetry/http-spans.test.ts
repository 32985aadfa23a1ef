import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { loggerOptions } from '../../src/logger.js';
import { loggerMixin } from '../../src/telemetry/logger-mixin.js';
import { startTelemetry } from '../../src/telemetry/start-telemetry.js';

// Telemetry first, then the app: the way a service's main.ts does it.
const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor(exporter);
const telemetry = startTelemetry({ serviceName: 'telemetry-test', spanProcessor: processor });
t.teardown(() => telemetry.shutdown());
t.equal(telemetry.exporting, 'custom');

const logLines: Record<string, unknown>[] = [];
const app = await createApp({
  service: 'telemetry-test',
  logger: {
    ...loggerOptions('telemetry-test', 'info'),
    mixin: loggerMixin,
    stream: { write: (line: string) => logLines.push(JSON.parse(line)) },
  },
});
app.get<{ Params: { id: string } }>('/challenges/:id', async (req) => {
  req.log.info({ challenge: req.params.id }, 'reading challenge');
  return { id: req.params.id };
});
t.teardown(() => app.close());

/** Spans end in onResponse, just after inject() resolves: wait for the server span. */
async function finishedSpans() {
  for (let i = 0; i < 50; i++) {
    await processor.forceFlush();
    const spans = exporter.getFinishedSpans();
    if (spans.some((s) => s.kind === SpanKind.SERVER)) return spans;
    await new Promise((r) => setTimeout(r, 10));
  }
  return exporter.getFinishedSpans();
}

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN = '00f067aa0ba902b7';

t.test('an injected request is a server span in the caller’s trace', async (t) => {
  exporter.reset();
  const res = await app.inject({
    url: '/challenges/c-42',
    headers: { traceparent: `00-${TRACE_ID}-${PARENT_SPAN}-01` },
  });
  t.equal(res.statusCode, 200);
  const spans = await finishedSpans();
  const request = spans.find((s) => s.kind === SpanKind.SERVER);
  t.ok(request, `a server span among ${spans.map((s) => s.name).join(', ')}`);
  t.equal(request?.spanContext().traceId, TRACE_ID, 'continues the incoming trace');
  t.equal(request?.parentSpanContext?.spanId, PARENT_SPAN, 'child of the caller span');
  t.equal(request?.attributes['http.route'], '/challenges/:id');
  t.equal(request?.resource.attributes['service.name'], 'telemetry-test');
  t.ok(
    spans.every((s) => s.spanContext().traceId === TRACE_ID),
    'every span of the request is in that trace',
  );
});

t.test('log lines written while handling a request carry its trace and span ids', async (t) => {
  exporter.reset();
  logLines.length = 0;
  await app.inject({ url: '/challenges/c-7' });
  const line = logLines.find((l) => l['msg'] === 'reading challenge');
  const spans = await finishedSpans();
  t.ok(line, 'the handler logged');
  t.match(line?.['trace_id'], /^[0-9a-f]{32}$/);
  t.match(line?.['span_id'], /^[0-9a-f]{16}$/);
  t.ok(
    spans.some((s) => s.spanContext().traceId === line?.['trace_id']),
    'the trace_id of the line is the trace of the request',
  );
  t.ok(
    spans.some((s) => s.spanContext().spanId === line?.['span_id']),
    'the span_id of the line is one of its spans',
  );
  t.equal(line?.['service'], 'telemetry-test');
});

t.test('health probes are not traced', async (t) => {
  exporter.reset();
  await app.inject({ url: '/health/live' });
  await app.inject({ url: '/challenges/after-probe' });
  const spans = await finishedSpans();
  const paths = spans.map((s) => s.attributes['url.path']).filter(Boolean);
  t.same(paths, ['/challenges/after-probe'], 'only the API request was traced');
});
