import { runService } from '@citymatch/service-kit';
import { buildApp } from './app.js';
import { readConfig } from './config.js';

// SIGTERM/SIGINT → app.close(): the consumer stops and commits, the digest scheduler and the
// delivery worker stop (sends in flight finish), the outbox relay flushes, connections close.
const config = readConfig();
const app = await buildApp({ config });
await runService(app, {
  port: config.PORT,
  host: config.HOST,
  shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
});
