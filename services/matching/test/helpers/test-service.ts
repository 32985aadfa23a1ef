import { uniqueName } from '@citymatch/service-kit';
import { testDatabase } from '@citymatch/testkit';
import type { FastifyInstance } from 'fastify';
import type { Db } from 'mongodb';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { type MatchingConfig, readConfig } from '../../src/config.js';

export interface TestService {
  app: FastifyInstance;
  config: MatchingConfig;
  /** The test's own input topics. */
  topics: { challenges: string; startups: string };
  /** The test's database (what other replicas would have written can be written here). */
  db?: Db;
}

/**
 * The service on the real servers with a database, input topics and consumer groups of this
 * test's own. Output goes to the shared matching.v1; tests read it back by challengeId key,
 * unique per test.
 */
export async function testService(t: Test, env: Record<string, string> = {}): Promise<TestService> {
  const base = uniqueName('match');
  const { name: db, db: handle } = await testDatabase(t, 'matching-test');
  const config = readConfig({
    ...process.env,
    MONGO_DB: db,
    CHALLENGES_TOPIC: `${base}-challenges`,
    STARTUPS_TOPIC: `${base}-startups`,
    CONSUMER_GROUP: `${base}-group`,
    REPLICA_ID: 'replica-a',
    OUTBOX_POLL_MS: '50',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return { ...(await start(t, config)), db: handle };
}

/** Start (another) app over an existing config: a restart on the same database and groups. */
export async function start(t: Test, config: MatchingConfig): Promise<TestService> {
  const app = await buildApp({ config, logger: false });
  let closed = false;
  const close = app.close.bind(app);
  t.teardown(() => (closed ? undefined : close()));
  app.addHook('onClose', async () => {
    closed = true;
  });
  await app.ready();
  return {
    app,
    config,
    topics: { challenges: config.CHALLENGES_TOPIC, startups: config.STARTUPS_TOPIC },
  };
}
