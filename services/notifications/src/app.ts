import { readFileSync } from 'node:fs';
import { Topics } from '@citymatch/events';
import {
  AggregateLocks,
  createApp,
  createPublishing,
  openapiPlugin,
  outboxMetrics,
  rateLimitPlugin,
} from '@citymatch/service-kit';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import type { NotificationsConfig } from './config.js';
import { composeDeliveryEmail, emailSettings } from './delivery/compose-delivery-email.js';
import { DeliveryWorker } from './delivery/delivery-worker.js';
import { SendDelivery } from './delivery/send-delivery.js';
import { deliveryMetrics } from './delivery-metrics.js';
import { DigestScheduler } from './digest/digest-scheduler.js';
import { domainOf } from './domain/message-ids.js';
import { notificationsConsumer } from './events/notifications-consumer.js';
import { createMailTransport } from './mail/mail-transport.js';
import { unsubscribeRoutes } from './routes/unsubscribe-routes.js';
import { ClosedChallenges } from './store/closed-challenges.js';
import type { DeliveryRecord } from './store/delivery-record.js';
import { DeliveryStore } from './store/delivery-store.js';
import { StartupDirectory } from './store/startup-directory.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

export interface BuildOptions {
  config: NotificationsConfig;
  logger?: FastifyServerOptions['logger'];
  /** Routes and schemas only, no connections (writing the OpenAPI document). */
  documentOnly?: boolean;
  /** The service's clock (tests move it); default the wall clock. */
  clock?: () => Date;
  /** Test hook: after the SMTP server accepted an email, before that is recorded. */
  afterSend?: (r: DeliveryRecord) => Promise<void>;
  /** How long a stop waits for sends in flight (default 10 s). */
  drainMs?: number;
}

/** What tests and ops reach on the app: the digest run and the stores. */
export interface NotificationsHandle {
  /** Build the digests due at `now` (the scheduler calls it on its own every interval). */
  runDigest(now: Date): Promise<number>;
  deliveries: DeliveryStore;
  startups: StartupDirectory;
  closedChallenges: ClosedChallenges;
}

declare module 'fastify' {
  interface FastifyInstance {
    notifications: NotificationsHandle;
  }
}

/** Emails to matched startups in their own language: builds the Fastify app, never listens. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const clock = opts.clock ?? (() => new Date());
  const app = await createApp({
    service: 'notifications',
    logLevel: config.LOG_LEVEL,
    bodyLimit: 16 * 1024,
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
  });
  const log = app.log as never;
  const brokers = config.KAFKA_BROKERS.split(',').map((b) => b.trim());
  const mongo = new MongoClient(config.MONGO_URL);
  const db = mongo.db(config.MONGO_DB);
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 3, lazyConnect: true });
  const deliveryLocks = new AggregateLocks(redis, `notifications-deliveries:${config.MONGO_DB}`);
  const startupLocks = new AggregateLocks(redis, `notifications-startups:${config.MONGO_DB}`);
  const metrics = deliveryMetrics(app.metrics);
  const outbox = outboxMetrics(app.metrics, 'deliveries', () => publishing.backlog());

  const publishing = createPublishing({
    clientId: 'notifications',
    topics: [Topics.notifications],
    brokers,
    locks: deliveryLocks,
    log,
    pollMs: config.OUTBOX_POLL_MS,
    onPublished: outbox.onPublished,
  });
  const deliveries = new DeliveryStore(db, deliveryLocks, (id) => publishing.notify(id));
  const startups = new StartupDirectory(db, startupLocks);
  const closedChallenges = new ClosedChallenges(db);
  const transport = createMailTransport({
    smtpUrl: config.SMTP_URL,
    poolSize: config.SMTP_POOL_SIZE,
    emlDir: config.EML_DIR,
  });
  const settings = emailSettings(config);

  const mailDomain = domainOf(config.MAIL_FROM);
  const send = new SendDelivery({
    deliveries,
    startups,
    closedChallenges,
    transport,
    compose: (r, recipient, now) => composeDeliveryEmail(r, recipient, settings, now),
    clock,
    log,
    attempts: config.SEND_ATTEMPTS,
    initialBackoffMs: config.SEND_INITIAL_BACKOFF_MS,
    maxBackoffMs: config.SEND_MAX_BACKOFF_MS,
    staleSendingMs: config.SENDING_STALE_MS,
    onOutcome: metrics.outcome,
    ...(opts.afterSend ? { afterSend: opts.afterSend } : {}),
  });
  const worker = new DeliveryWorker({
    deliveries,
    send,
    clock,
    log,
    concurrency: config.SEND_CONCURRENCY,
    pollMs: config.SEND_POLL_MS,
    scanMs: config.DELIVERY_SCAN_MS,
    ...(opts.drainMs === undefined ? {} : { drainMs: opts.drainMs }),
  });
  const digests = new DigestScheduler({
    deliveries,
    closedChallenges,
    log,
    clock,
    intervalMs: config.DIGEST_INTERVAL_MS,
    mailDomain,
    created: (id) => worker.schedule(id),
  });
  app.decorate('notifications', {
    runDigest: (now: Date) => digests.runDigest(now),
    deliveries,
    startups,
    closedChallenges,
  });

  const consumer = notificationsConsumer({
    config,
    redis,
    metrics: app.metrics,
    log,
    deps: {
      startups,
      deliveries,
      closedChallenges,
      clock,
      mailDomain,
      deliveryDue: (id) => worker.schedule(id),
      startupKnown: async (startupId) => {
        for (const id of await deliveries.wakeAwaiting(startupId)) worker.schedule(id);
      },
    },
  });

  // SMTP is deliberately not a readiness check: while the SMTP server is away, emails wait in
  // their records and are retried, and the unsubscribe endpoint keeps working, so taking the
  // service out of rotation would only break unsubscribes. Failed sends show in
  // emails_failed_total and notification.failed instead.
  app.addReadinessCheck('mongo', async () => {
    await db.command({ ping: 1 });
  });
  app.addReadinessCheck('redis', async () => {
    await redis.ping();
  });
  app.addReadinessCheck('kafka', () => publishing.ping());

  app.addHook('onClose', async () => {
    await consumer.stop().catch((err) => app.log.warn({ err }, 'consumer stop failed'));
    await digests.stop();
    await worker.stop();
    await publishing.stop();
    transport.close();
    if (redis.status === 'ready') await redis.quit().catch(() => undefined);
    else redis.disconnect();
    await mongo.close();
  });
  if (!opts.documentOnly) {
    await Promise.all([mongo.connect(), redis.connect()]);
    await deliveries.ensureIndexes();
    app.addHook('onReady', async () => {
      await publishing.start(deliveries.collection as never);
      worker.start();
      digests.start();
      await consumer.start();
    });
  }

  await app.register(rateLimitPlugin, {
    redis,
    nameSpace: config.RATE_LIMIT_NAMESPACE,
    max: config.RATE_LIMIT_MAX,
  });
  await app.register(openapiPlugin, {
    title: 'citymatch notifications',
    version: pkg.version,
    description: pkg.description,
  });
  await app.register(unsubscribeRoutes, {
    secret: config.UNSUBSCRIBE_SECRET,
    clock,
    unsubscribe: (startupId, at) => startups.unsubscribe(startupId, at),
    languageOf: async (startupId) => (await startups.get(startupId))?.language ?? 'en',
  });
  return app;
}
