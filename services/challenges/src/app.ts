import { readFileSync } from 'node:fs';
import {
  AggregateLocks,
  authOptionsFromConfig,
  authPlugin,
  createApp,
  createPublishing,
  openapiPlugin,
  outboxMetrics,
  rateLimitPlugin,
  strictValidatorCompiler,
} from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { challengeCommands } from './commands/challenge-commands.js';
import { organisationCommands } from './commands/organisation-commands.js';
import type { ChallengesConfig } from './config.js';
import { challengeRoutes } from './routes/challenge-routes.js';
import { organisationRoutes } from './routes/organisation-routes.js';
import { ChallengeStore } from './store/challenge-store.js';
import { defineModels } from './store/models.js';
import { OrganisationStore } from './store/organisation-store.js';
import { strictJsonParser } from './strict-json.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export interface BuildOptions {
  config: ChallengesConfig;
  logger?: FastifyServerOptions['logger'];
  /** Routes and schemas only, no connections (writing the OpenAPI document). */
  documentOnly?: boolean;
}

/** Organisations and their challenges: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = await createApp({
    service: 'challenges',
    logLevel: config.LOG_LEVEL,
    bodyLimit: 64 * 1024,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  strictJsonParser(app);
  app.setValidatorCompiler(strictValidatorCompiler);

  const conn = mongoose.createConnection();
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  const models = defineModels(conn);
  const challengeLocks = new AggregateLocks(redis, 'challenges');
  const outbox = outboxMetrics(app.metrics, 'challenges', () => publishing.backlog());
  const publishing = createPublishing({
    clientId: 'challenges',
    topics: [config.CHALLENGES_TOPIC],
    topic: config.CHALLENGES_TOPIC,
    brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    locks: challengeLocks,
    log: app.log as never,
    pollMs: config.OUTBOX_POLL_MS,
    onPublished: outbox.onPublished,
  });
  const challenges = new ChallengeStore(models, challengeLocks, (id) => publishing.notify(id));
  const orgs = new OrganisationStore(models, new AggregateLocks(redis, 'organisations'));

  app.addReadinessCheck('mongo', async () => {
    await conn.db!.admin().ping();
  });
  app.addReadinessCheck('redis', async () => {
    await redis.ping();
  });
  app.addReadinessCheck('kafka', () => publishing.ping());
  app.addHook('onClose', async () => {
    await publishing.stop();
    if (redis.status === 'ready') await redis.quit().catch(() => undefined);
    else redis.disconnect();
    await conn.close();
  });
  if (!opts.documentOnly) {
    await Promise.all([
      conn.openUri(config.MONGO_URL, { dbName: config.MONGO_DB }),
      redis.connect(),
    ]);
    app.addHook('onReady', () => publishing.start(conn.db!.collection('challenges')));
  }

  await app.register(authPlugin, authOptionsFromConfig(config));
  await app.register(rateLimitPlugin, {
    redis,
    nameSpace: config.RATE_LIMIT_NAMESPACE,
    max: config.RATE_LIMIT_MAX,
  });
  await app.register(openapiPlugin, {
    title: 'citymatch challenges',
    version: pkg.version,
    description: pkg.description,
  });
  await app.register(organisationRoutes, { commands: organisationCommands(orgs) });
  await app.register(challengeRoutes, { commands: challengeCommands(challenges, orgs) });
  return app;
}
