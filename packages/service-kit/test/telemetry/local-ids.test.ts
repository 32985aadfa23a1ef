import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { pino } from 'pino';
import t from 'tap';
import { loggerMixin } from '../../src/telemetry/logger-mixin.js';
import { startTelemetry } from '../../src/telemetry/start-telemetry.js';
import { injectTraceHeaders } from '../../src/telemetry/trace-headers.js';

// No exporter configured: nothing leaves the process, but trace ids still exist, so logs can
// be correlated and Kafka headers still carry the trace.
const telemetry = startTelemetry({ serviceName: 'local-ids-test', env: {} });
t.teardown(() => telemetry.shutdown());

const lines: Record<string, unknown>[] = [];
const log = pino(
  { mixin: loggerMixin },
  new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString('utf8')));
      done();
    },
  }),
);

t.test('without an OTLP endpoint nothing is exported, yet spans have ids', async (t) => {
  t.equal(telemetry.exporting, 'none');
  trace.getTracer('test').startActiveSpan('work', (span) => {
    const headers = injectTraceHeaders({});
    t.match(headers.traceparent, new RegExp(`^00-${span.spanContext().traceId}-`));
    span.end();
  });
});

t.test('the pino mixin adds trace_id and span_id inside a span, nothing outside', async (t) => {
  lines.length = 0;
  const ids = trace.getTracer('test').startActiveSpan('work', (span) => {
    log.info('inside');
    span.end();
    return span.spanContext();
  });
  log.info('outside');
  await new Promise((r) => setImmediate(r));
  t.match(lines[0], { msg: 'inside', trace_id: ids.traceId, span_id: ids.spanId });
  t.equal(lines[1]?.['msg'], 'outside');
  t.notOk(lines[1] && 'trace_id' in lines[1], 'no trace id outside a span');
});

t.test('a second start keeps the first setup', async (t) => {
  t.equal(startTelemetry({ serviceName: 'again' }), telemetry);
});
