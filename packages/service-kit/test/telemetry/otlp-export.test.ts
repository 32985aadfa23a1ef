import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import t from 'tap';
import { otlpTracesUrl, startTelemetry } from '../../src/telemetry/start-telemetry.js';

t.test('the traces URL follows the OTLP environment variables', async (t) => {
  t.equal(otlpTracesUrl({}), undefined);
  t.equal(
    otlpTracesUrl({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }),
    'http://collector:4318/v1/traces',
  );
  t.equal(
    otlpTracesUrl({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://tempo:4318/v1/traces',
    }),
    'http://tempo:4318/v1/traces',
  );
});

t.test('with OTEL_EXPORTER_OTLP_ENDPOINT set, spans are posted to the collector', async (t) => {
  // A stand-in collector on loopback that records what it receives.
  const received: { url: string | undefined; type: string | undefined; body: string }[] = [];
  const collector = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      received.push({ url: req.url, type: req.headers['content-type'], body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  t.teardown(() => new Promise<void>((resolve) => collector.close(() => resolve())));
  const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;

  const telemetry = startTelemetry({
    serviceName: 'otlp-test',
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint },
  });
  t.equal(telemetry.exporting, 'otlp');
  trace.getTracer('test').startSpan('exported-span').end();
  await telemetry.shutdown();

  const post = received.find((r) => r.url === '/v1/traces');
  t.ok(post, 'the collector received traces');
  t.match(post?.type, /application\/json/);
  t.match(post?.body, /exported-span/);
  t.match(post?.body, /otlp-test/, 'with the service name');
});
