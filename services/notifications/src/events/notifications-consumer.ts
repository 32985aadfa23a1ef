import {
  type AppMetrics,
  ConsumerRunner,
  consumerMetrics,
  createIdempotentProducer,
  createKafka,
  ensureTopics,
  sigkillAfterEffects,
} from '@citymatch/service-kit';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../config.js';
import { type SubscriptionDeps, subscriptions } from './subscriptions.js';

/**
 * The consumer group of the service over its input topics (startups.v1, challenges.v1,
 * matching.v1): at least
 * once, duplicates dropped by event id and by the match (business key), poison messages parked
 * in `<topic>.dlq`; with its lag, outcome and DLQ metrics.
 */
export function notificationsConsumer(opts: {
  config: NotificationsConfig;
  redis: Redis;
  metrics: AppMetrics;
  log: never;
  deps: SubscriptionDeps;
}) {
  const { config } = opts;
  const brokers = config.KAFKA_BROKERS.split(',').map((b) => b.trim());
  const kafka = createKafka({ brokers, clientId: 'notifications', log: opts.log });
  const dlqProducer = createIdempotentProducer(kafka);
  const topics = [config.STARTUPS_TOPIC, config.CHALLENGES_TOPIC, config.MATCHING_TOPIC];
  const measured = consumerMetrics(opts.metrics, { kafka, groupId: config.CONSUMER_GROUP, topics });
  const afterEffect = sigkillAfterEffects(config.DRILL_SIGKILL_AFTER_EFFECTS);
  const runner = new ConsumerRunner({
    kafka,
    groupId: config.CONSUMER_GROUP,
    topics,
    redis: opts.redis,
    producer: dlqProducer,
    log: opts.log,
    attempts: config.CONSUMER_ATTEMPTS,
    partitionsConsumedConcurrently: config.CONSUMER_CONCURRENCY,
    initialBackoffMs: 500,
    maxBackoffMs: 10_000,
    onOutcome: measured.onOutcome,
    subscriptions: subscriptions(opts.deps),
    ...(afterEffect ? { afterEffect } : {}),
  });
  return {
    async start() {
      await ensureTopics(kafka, topics);
      await dlqProducer.connect();
      await runner.start();
    },
    /** Stop fetching, finish the message in flight, commit, leave the group. */
    async stop() {
      await runner.stop();
      await dlqProducer.disconnect().catch(() => undefined);
      await measured.close().catch(() => undefined);
    },
  };
}
