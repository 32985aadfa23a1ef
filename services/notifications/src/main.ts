import { startTelemetry } from '@citymatch/service-kit/telemetry';

// Telemetry first: http, MongoDB, Redis and Fastify are patched as the imports below load them.
const telemetry = startTelemetry({ serviceName: 'notifications' });
const { runService } = await import('@citymatch/service-kit');
const { buildApp } = await import('./app.js');
const { readConfig } = await import('./config.js');

// SIGTERM/SIGINT → app.close(): the consumer stops and commits, the digest scheduler and the
// delivery worker stop (sends in flight finish), the outbox relay flushes, connections close.
const config = readConfig();
const app = await buildApp({ config });
await runService(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  afterClose: () => telemetry.shutdown(), // the last spans are exported
});
