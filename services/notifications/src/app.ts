import { createApp } from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { NotificationsConfig } from './config.js';

export interface BuildOptions {
  config: NotificationsConfig;
  logger?: FastifyServerOptions['logger'];
}

/** Emails to matched startups in their own language: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = await createApp({
    service: 'notifications',
    logLevel: opts.config.LOG_LEVEL,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  return app;
}
