import { createApp } from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { MatchingConfig } from './config.js';

export interface BuildOptions {
  config: MatchingConfig;
  logger?: FastifyServerOptions['logger'];
}

/** Ranked, explained shortlists of startups per challenge: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = await createApp({
    service: 'matching',
    logLevel: opts.config.LOG_LEVEL,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  return app;
}
