import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { healthPlugin } from './health.js';
import { metricsPlugin } from './http/metrics.js';
import { securityHeadersPlugin } from './http/security-headers.js';
import { loggerOptions } from './logger.js';
import { problemPlugin } from './problem.js';

/** Longest a plugin or an `onReady` hook may take (a consumer group join included). */
export const BOOT_HOOKS_TIMEOUT_MS = 60_000;

export interface CreateAppOptions {
  /** Service name: in logs, health answers and metrics. */
  service: string;
  logLevel?: string;
  /** Largest accepted request body in bytes (default 64 KiB). */
  bodyLimit?: number;
  /** Replace the logger (tests pass `false`). */
  logger?: FastifyServerOptions['logger'];
}

/**
 * The Fastify instance every service starts from: JSON logs, problem+json errors, health
 * routes, a body limit, request ids. It never listens: `main.ts` does, tests use `inject()`.
 */
export async function createApp(opts: CreateAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? loggerOptions(opts.service, opts.logLevel ?? 'info'),
    bodyLimit: opts.bodyLimit ?? 64 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: true } },
    // Boot hooks join Kafka consumer groups. After a member died without leaving, Kafka waits
    // for its session (30 s) before the group takes the new one; Fastify's default of 10 s
    // made a service restarted soon after a crash fail its boot instead of waiting.
    pluginTimeout: BOOT_HOOKS_TIMEOUT_MS,
  });
  await app.register(problemPlugin);
  await app.register(healthPlugin, { service: opts.service });
  await app.register(securityHeadersPlugin);
  await app.register(metricsPlugin, { service: opts.service });
  return app;
}
