import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/server-urls.js';
import { startTelemetry } from '../../src/telemetry/start-telemetry.js';

// Telemetry starts before the clients are imported (ESM imports go through the loader hook),
// as in a service's main.ts. Real Redis and MongoDB-protocol server from infra/.
const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor(exporter);
const telemetry = startTelemetry({ serviceName: 'client-spans-test', spanProcessor: processor });
t.teardown(() => telemetry.shutdown());
const { Redis } = await import('ioredis');
const { default: mongoose } = await import('mongoose');
const tracer = trace.getTracer('test');

async function spansOf(traceId: string) {
  await processor.forceFlush();
  return exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
}

t.test('ioredis commands are client spans of the active trace', async (t) => {
  const redis = new Redis(serverUrls().redisUrl, { maxRetriesPerRequest: 1 });
  t.teardown(() => redis.quit());
  const key = uniqueName('otel-key');
  const traceId = await tracer.startActiveSpan('work', async (span) => {
    await redis.set(key, 'a-private-value', 'PX', 5000);
    await redis.get(key);
    span.end();
    return span.spanContext().traceId;
  });
  const names = (await spansOf(traceId)).map((s) => s.name);
  t.ok(names.includes('set') && names.includes('get'), `redis spans: ${names.join(', ')}`);
  const set = (await spansOf(traceId)).find((s) => s.name === 'set');
  t.match(set?.attributes, { 'db.system.name': 'redis', 'server.port': Number });
  t.notMatch(
    String(set?.attributes['db.query.text']),
    /a-private-value/,
    'values are not recorded',
  );
});

t.test('mongoose operations are spans of the active trace', async (t) => {
  const conn = await mongoose
    .createConnection(serverUrls().mongoUrl, {
      dbName: uniqueName('otel'),
      serverSelectionTimeoutMS: 5000,
    })
    .asPromise();
  t.teardown(async () => {
    await conn.dropDatabase();
    await conn.close();
  });
  const Thing = conn.model('Thing', new mongoose.Schema({ name: String }));
  const traceId = await tracer.startActiveSpan('work', async (span) => {
    await Thing.create({ name: 'a' });
    await Thing.findOne({ name: 'a' }).exec();
    span.end();
    return span.spanContext().traceId;
  });
  const spans = await spansOf(traceId);
  const names = spans.map((s) => s.name);
  t.ok(
    names.some((n) => /mongoose.*findOne|findOne/i.test(n)),
    `mongo spans: ${names.join(', ')}`,
  );
  t.ok(
    spans.some((s) => s.attributes['db.system.name'] === 'mongodb'),
    'marked as MongoDB',
  );
});
