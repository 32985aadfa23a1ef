import { createApp } from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ChallengesConfig } from './config.js';

export interface BuildOptions {
  config: ChallengesConfig;
  logger?: FastifyServerOptions['logger'];
}

/** Organisations and their challenges: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = await createApp({
    service: 'challenges',
    logLevel: opts.config.LOG_LEVEL,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  return app;
}
