import { BaseConfig, DrillFaultConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

const ms = (def: number, description: string, minimum = 1) =>
  Type.Integer({ minimum, default: def, description });

/** Every setting of the notifications service, validated at boot. */
export const NotificationsConfig = Type.Composite([
  BaseConfig,
  DrillFaultConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3104 }),
    MONGO_DB: Type.String({ default: 'notifications', minLength: 1 }),
    SMTP_URL: Type.String({
      default: '',
      description: 'smtp://host:port of the SMTP server; empty writes .eml files to EML_DIR',
    }),
    SMTP_POOL_SIZE: Type.Integer({ minimum: 1, default: 25, description: 'Pooled connections' }),
    EML_DIR: Type.String({ default: '.mail-out', description: 'Where .eml files go without SMTP' }),
    MAIL_FROM: Type.String({ default: 'notifications@citymatch.local', minLength: 3 }),
    MAIL_FROM_NAME: Type.String({ default: 'CityMatch' }),
    PUBLIC_URL: Type.String({
      default: 'http://127.0.0.1:3104',
      description: 'Public base URL of this service (unsubscribe links); https in production',
    }),
    CHALLENGE_URL_BASE: Type.String({
      default: 'https://citymatch.example/challenges/',
      description: 'A challenge link is this plus the challenge id',
    }),
    UNSUBSCRIBE_MAILTO: Type.String({ default: 'unsubscribe@citymatch.local', minLength: 3 }),
    UNSUBSCRIBE_SECRET: Type.String({
      default: 'dev-only-unsubscribe-secret-change-me',
      minLength: 16,
      description: 'HMAC key of unsubscribe tokens (at least 16 bytes)',
    }),
    UNSUBSCRIBE_TOKEN_DAYS: Type.Integer({ minimum: 1, default: 90 }),
    SEND_ATTEMPTS: Type.Integer({ minimum: 1, default: 6, description: 'Tries per email' }),
    SEND_INITIAL_BACKOFF_MS: ms(2_000, 'First retry delay, doubled per try'),
    SEND_MAX_BACKOFF_MS: ms(300_000, 'Longest retry delay'),
    SEND_CONCURRENCY: Type.Integer({
      minimum: 1,
      // 25 beside 10, alternated in bench:publish-emails (docs/benchmarks.md, session 9): p99
      // 1.67-1.97 s against 2.13-2.39 s; the senders' reads go in bigger batches
      default: 25,
      description: 'Emails in flight (one per pooled connection)',
    }),
    SENDING_STALE_MS: ms(300_000, "A 'sending' record older than this had its process crash"),
    SEND_POLL_MS: ms(500, 'Longest idle sleep of the delivery worker', 10),
    DELIVERY_SCAN_MS: ms(
      30_000,
      'How often the store is searched for deliveries this replica was not told of and for crashed sends',
      10,
    ),
    DIGEST_INTERVAL_MS: ms(600_000, 'How often the digest scheduler looks for finished days'),
    STARTUPS_TOPIC: Type.String({ default: 'startups.v1', minLength: 1 }),
    CHALLENGES_TOPIC: Type.String({ default: 'challenges.v1', minLength: 1 }),
    MATCHING_TOPIC: Type.String({ default: 'matching.v1', minLength: 1 }),
    CONSUMER_GROUP: Type.String({ default: 'notifications', minLength: 1 }),
    CONSUMER_ATTEMPTS: Type.Integer({
      minimum: 1,
      default: 8,
      description:
        'Tries of a message (backoff 0.5 s doubling to 10 s: rides out a ~40 s Mongo blip) before the DLQ',
    }),
    CONSUMER_CONCURRENCY: Type.Integer({
      minimum: 1,
      default: 3,
      description: 'Kafka partitions handled at once (order within a partition is kept)',
    }),
    OUTBOX_POLL_MS: ms(200, 'Relay idle poll', 10),
    RATE_LIMIT_MAX: Type.Integer({
      minimum: 1,
      default: 30,
      description: 'Unsubscribes per minute per address',
    }),
    RATE_LIMIT_NAMESPACE: Type.String({ default: 'citymatch-rl:notifications:', minLength: 1 }),
  }),
]);
export type NotificationsConfig = Static<typeof NotificationsConfig>;

export const readConfig = (env = process.env): NotificationsConfig =>
  loadConfig(NotificationsConfig, env);
