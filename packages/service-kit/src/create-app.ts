import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { healthPlugin } from './health.js';
import { metricsPlugin } from './http/metrics.js';
import { securityHeadersPlugin } from './http/security-headers.js';
import { loggerOptions } from './logger.js';
import { problemPlugin } from './problem.js';

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
  });
  await app.register(problemPlugin);
  await app.register(healthPlugin, { service: opts.service });
  await app.register(securityHeadersPlugin);
  await app.register(metricsPlugin, { service: opts.service });
  return app;
}
