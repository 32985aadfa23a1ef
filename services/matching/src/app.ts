import { readFileSync } from 'node:fs';
import {
  AggregateLocks,
  authOptionsFromConfig,
  authPlugin,
  ConsumerRunner,
  consumerMetrics,
  createApp,
  createIdempotentProducer,
  createKafka,
  createPublishing,
  ensureTopics,
  openapiPlugin,
  outboxMetrics,
  type Subscription,
  sigkillAfterEffects,
} from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { ShortlistKeeper } from './commands/shortlist-keeper.js';
import { indexGroupOf, type MatchingConfig } from './config.js';
import { LiveStartupIndex } from './domain/live-startup-index.js';
import { indexFeed, sharedWork } from './events/subscriptions.js';
import { shortlistRoutes } from './routes/shortlist-routes.js';
import { ChallengeStore } from './store/challenge-store.js';
import { ShortlistCache } from './store/shortlist-cache.js';
import { StartupStore } from './store/startup-store.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export interface BuildOptions {
  config: MatchingConfig;
  logger?: FastifyServerOptions['logger'];
  /** Routes and schemas only, no connections (writing the OpenAPI document). */
  documentOnly?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    matching: { index: LiveStartupIndex; keeper: ShortlistKeeper };
  }
}

/** Ranked, explained shortlists of startups per challenge: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = await createApp({
    service: 'matching',
    logLevel: config.LOG_LEVEL,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  const log = app.log as never;
  const brokers = config.KAFKA_BROKERS.split(',').map((b) => b.trim());
  const mongo = new MongoClient(config.MONGO_URL);
  const db = mongo.db(config.MONGO_DB);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  const challengeLocks = new AggregateLocks(redis, `matching-challenges:${config.MONGO_DB}`);
  const startupLocks = new AggregateLocks(redis, `matching-startups:${config.MONGO_DB}`);

  const outbox = outboxMetrics(app.metrics, 'challenges', () => publishing.backlog());
  const publishing = createPublishing({
    clientId: 'matching',
    topics: [config.MATCHING_TOPIC],
    topic: config.MATCHING_TOPIC,
    brokers,
    locks: challengeLocks,
    log,
    pollMs: config.OUTBOX_POLL_MS,
    onPublished: outbox.onPublished,
  });
  const cache = new ShortlistCache(redis, config.MONGO_DB);
  const challenges = new ChallengeStore(
    db,
    challengeLocks,
    (id) => publishing.notify(id),
    (id) => cache.challengeChanged(id),
  );
  const startups = new StartupStore(db, startupLocks, () => cache.namesChanged());
  const index = new LiveStartupIndex();
  const keeper = new ShortlistKeeper({
    challenges,
    startups,
    index,
    minScore: config.MATCH_MIN_SCORE,
    size: config.SHORTLIST_SIZE,
  });
  app.decorate('matching', { index, keeper });

  const kafka = createKafka({ brokers, clientId: 'matching', log });
  const dlqProducer = createIdempotentProducer(kafka);
  const sharedTopics = [config.CHALLENGES_TOPIC, config.STARTUPS_TOPIC];
  const indexGroup = indexGroupOf(config);
  const consumed = consumerMetrics(app.metrics, {
    kafka,
    groupId: config.CONSUMER_GROUP,
    topics: sharedTopics,
    moreGroups: [{ groupId: indexGroup, topics: [config.STARTUPS_TOPIC] }],
  });
  const deps = { startups, index, keeper };
  const afterEffect = sigkillAfterEffects(config.DRILL_SIGKILL_AFTER_EFFECTS);
  const runner = (groupId: string, topics: string[], subscriptions: Subscription[]) =>
    new ConsumerRunner({
      kafka,
      groupId,
      topics,
      redis,
      producer: dlqProducer,
      log,
      attempts: config.CONSUMER_ATTEMPTS,
      onOutcome: consumed.outcomeFor(groupId),
      subscriptions,
      ...(afterEffect ? { afterEffect } : {}),
    });
  const feed = runner(indexGroup, [config.STARTUPS_TOPIC], indexFeed(deps));
  const work = runner(config.CONSUMER_GROUP, sharedTopics, sharedWork(deps));

  app.addReadinessCheck('mongo', async () => {
    await db.command({ ping: 1 });
  });
  app.addReadinessCheck('redis', async () => {
    await redis.ping();
  });
  app.addReadinessCheck('kafka', () => publishing.ping());

  app.addHook('onClose', async () => {
    // stop taking work first (each finishes its message in flight and commits), then flush
    // the outbox once more, then close connections
    await Promise.all([
      work.stop().catch((err) => app.log.warn({ err }, 'consumer stop failed')),
      feed.stop().catch((err) => app.log.warn({ err }, 'index feed stop failed')),
    ]);
    await publishing.stop();
    await dlqProducer.disconnect().catch(() => undefined);
    await consumed.close().catch(() => undefined);
    if (redis.status === 'ready') await redis.quit().catch(() => undefined);
    else redis.disconnect();
    await mongo.close();
  });
  if (!opts.documentOnly) {
    await Promise.all([mongo.connect(), redis.connect()]);
    await challenges.ensureIndexes();
    app.addHook('onReady', async () => {
      // the index first: a restart ranks over the same startups before it takes any event
      const loaded = [];
      for await (const s of startups.active()) {
        loaded.push({ ...s, id: s._id });
      }
      index.rebuild(loaded);
      app.log.info({ startups: index.size }, 'startup index rebuilt from the read model');
      await publishing.start(challenges.collection as never);
      await ensureTopics(kafka, sharedTopics);
      await dlqProducer.connect();
      await Promise.all([feed.start(), work.start()]);
    });
  }

  await app.register(authPlugin, authOptionsFromConfig(config));
  await app.register(openapiPlugin, {
    title: 'citymatch matching',
    version: pkg.version,
    description: pkg.description,
  });
  await app.register(shortlistRoutes, { challenges, startups, cache });
  return app;
}
