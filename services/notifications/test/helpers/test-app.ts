import { serverUrls, uniqueName } from '@citymatch/service-kit';
import { testDatabase } from '@citymatch/testkit';
import type { FastifyInstance } from 'fastify';
import type { Test } from 'tap';
import { type BuildOptions, buildApp } from '../../src/app.js';
import { type NotificationsConfig, readConfig } from '../../src/config.js';

export const TEST_SECRET = 'test-unsubscribe-secret-0123456789';

export interface TestService {
  app: FastifyInstance;
  config: NotificationsConfig;
  /** The test's own input topics and consumer group. */
  topics: { startups: string; challenges: string; matching: string };
}

/**
 * The service on the real servers, with a database, input topics, consumer group and rate
 * limit namespace of this test's own. Output goes to the shared notifications.v1 (tests read
 * it back by startupId key, which is unique per test).
 */
export async function testService(
  t: Test,
  env: Record<string, string> = {},
  extra: Omit<BuildOptions, 'config'> = {},
): Promise<TestService> {
  const base = uniqueName('notif');
  const { name: db } = await testDatabase(t, 'notifications-test');
  const config = readConfig({
    ...process.env,
    MONGO_DB: db,
    SMTP_URL: serverUrls().smtpUrl,
    STARTUPS_TOPIC: `${base}-startups`,
    CHALLENGES_TOPIC: `${base}-challenges`,
    MATCHING_TOPIC: `${base}-matching`,
    CONSUMER_GROUP: `${base}-group`,
    RATE_LIMIT_NAMESPACE: `${uniqueName('rl')}:`,
    UNSUBSCRIBE_SECRET: TEST_SECRET,
    OUTBOX_POLL_MS: '50',
    SEND_POLL_MS: '50',
    DELIVERY_SCAN_MS: '2000',
    SEND_INITIAL_BACKOFF_MS: '200',
    SEND_MAX_BACKOFF_MS: '2000',
    SEND_ATTEMPTS: '3',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return start(t, config, extra);
}

/** Start (another) app over an existing config: a restart after a crash. */
export async function start(
  t: Test,
  config: NotificationsConfig,
  extra: Omit<BuildOptions, 'config'> = {},
): Promise<TestService> {
  const app = await buildApp({ config, logger: false, ...extra });
  t.teardown(() => app.close());
  await app.ready();
  return {
    app,
    config,
    topics: {
      startups: config.STARTUPS_TOPIC,
      challenges: config.CHALLENGES_TOPIC,
      matching: config.MATCHING_TOPIC,
    },
  };
}
