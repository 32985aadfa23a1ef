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
import { startupCommands } from './commands/startup-commands.js';
import type { StartupsConfig } from './config.js';
import { startupRoutes } from './routes/startup-routes.js';
import { defineModels } from './store/models.js';
import { StartupStore } from './store/startup-store.js';
import { strictJsonParser } from './strict-json.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export interface BuildOptions {
  config: StartupsConfig;
  logger?: FastifyServerOptions['logger'];
  /** Routes and schemas only, no connections (writing the OpenAPI document). */
  documentOnly?: boolean;
}

/** Startup profiles: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = await createApp({
    service: 'startups',
    logLevel: config.LOG_LEVEL,
    bodyLimit: 64 * 1024,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  strictJsonParser(app);
  app.setValidatorCompiler(strictValidatorCompiler);

  const conn = mongoose.createConnection();
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  const models = defineModels(conn);
  const locks = new AggregateLocks(redis, 'startups');
  const outbox = outboxMetrics(app.metrics, 'startups', () => publishing.backlog());
  const publishing = createPublishing({
    clientId: 'startups',
    topics: [config.STARTUPS_TOPIC],
    topic: config.STARTUPS_TOPIC,
    brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
    locks,
    log: app.log as never,
    pollMs: config.OUTBOX_POLL_MS,
    onPublished: outbox.onPublished,
  });
  const startups = new StartupStore(models, locks, (id) => publishing.notify(id));

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
    app.addHook('onReady', () => publishing.start(conn.db!.collection('startups')));
  }

  await app.register(authPlugin, authOptionsFromConfig(config));
  await app.register(rateLimitPlugin, {
    redis,
    nameSpace: config.RATE_LIMIT_NAMESPACE,
    max: config.RATE_LIMIT_MAX,
  });
  await app.register(openapiPlugin, {
    title: 'citymatch startups',
    version: pkg.version,
    description: pkg.description,
  });
  await app.register(startupRoutes, { commands: startupCommands(startups) });
  return app;
}
