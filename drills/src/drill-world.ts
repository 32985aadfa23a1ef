import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { ApiClient } from './api-client.js';
import type { DrillContext } from './drill-context.js';
import { drillInfraEnv, drillServerUrls } from './drill-settings.js';
import { DrillSystem, runNames } from './drill-system.js';
import { drillServers } from './infra-servers.js';
import { Mailpit } from './mailpit.js';
import { TopicCensus } from './topic-census.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Start the drills' own servers and the four services on them; `stop` ends everything that was
 * started, and runs on Ctrl-C / SIGTERM too.
 */
export async function startWorld(prefix: string): Promise<{
  ctx: DrillContext;
  stop: () => Promise<void>;
}> {
  const urls = drillServerUrls();
  const names = runNames(prefix);
  const system = new DrillSystem(names);
  const census = new TopicCensus(urls.KAFKA_BROKERS.split(','), [
    names.topics.challenges,
    names.topics.startups,
    names.topics.matching,
    `${names.topics.challenges}.dlq`,
    `${names.topics.startups}.dlq`,
    `${names.topics.matching}.dlq`,
  ]);
  const mongo = new MongoClient(urls.MONGO_URL, { serverSelectionTimeoutMS: 60_000 });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      log('[drills] stopping the services and the drills servers');
      await system.stopAll('SIGTERM').catch(() => undefined);
      await census.stop();
      await mongo.close().catch(() => undefined);
      await drillServers.down().catch((err) => log(String(err)));
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    log(`[drills] ${signal}: cleaning up`);
    void stop().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  mkdirSync(join(drillInfraEnv().CITYMATCH_STATE, 'logs'), { recursive: true });
  try {
    log(`[drills] starting servers (state ${drillInfraEnv().CITYMATCH_STATE})`);
    await drillServers.up();
    log(`[drills] starting the four services (run ${names.run})`);
    await system.startAll();
    await census.start(`${names.run}-census`);
    await mongo.connect();
  } catch (err) {
    await stop();
    throw err;
  }
  const api = new ApiClient({
    challenges: system.url('challenges'),
    startups: system.url('startups'),
    matching: system.url('matching'),
  });
  return {
    ctx: { system, api, census, mailpit: new Mailpit(urls.MAILPIT_API), mongo, log },
    stop,
  };
}
