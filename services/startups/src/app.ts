import { createApp } from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { StartupsConfig } from './config.js';

export interface BuildOptions {
  config: StartupsConfig;
  logger?: FastifyServerOptions['logger'];
}

/** Startup profiles: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = await createApp({
    service: 'startups',
    logLevel: opts.config.LOG_LEVEL,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  return app;
}
