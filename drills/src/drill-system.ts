import { join } from 'node:path';
import { uniqueName } from '@citymatch/service-kit';
import { ServiceProcess } from '@citymatch/testkit';
import {
  drillInfraEnv,
  drillServerUrls,
  SERVICE_NAMES,
  type ServiceName,
  servicePorts,
} from './drill-settings.js';

/** Topics, databases and groups of one drills run: nothing is shared with another run. */
export interface RunNames {
  run: string;
  topics: { challenges: string; startups: string; matching: string };
  databases: Record<ServiceName, string>;
  groups: Record<ServiceName, string>;
}

export function runNames(prefix = 'drills'): RunNames {
  const run = uniqueName(prefix);
  const per = (suffix: string) =>
    Object.fromEntries(SERVICE_NAMES.map((s) => [s, `${run}-${s}${suffix}`])) as Record<
      ServiceName,
      string
    >;
  return {
    run,
    topics: {
      challenges: `${run}-challenges`,
      startups: `${run}-startups`,
      matching: `${run}-matching`,
    },
    databases: per(''),
    groups: per(''),
  };
}

/** The four services as child processes on the drills' servers and ports. */
export class DrillSystem {
  readonly services: Record<ServiceName, ServiceProcess>;

  constructor(readonly names: RunNames) {
    const urls = drillServerUrls();
    const ports = servicePorts();
    const logDir = join(drillInfraEnv().CITYMATCH_STATE, 'logs', 'services');
    const common: Record<string, string> = {
      ...urls,
      CHALLENGES_TOPIC: names.topics.challenges,
      STARTUPS_TOPIC: names.topics.startups,
      MATCHING_TOPIC: names.topics.matching,
      LOG_LEVEL: process.env.DRILLS_LOG_LEVEL ?? 'warn',
      OUTBOX_POLL_MS: '50',
      RATE_LIMIT_MAX: '1000000',
      REPLICA_ID: 'drills',
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      OTEL_SDK_DISABLED: 'true',
    };
    const notifications: Record<string, string> = {
      PUBLIC_URL: `http://127.0.0.1:${ports.notifications}`,
      // Retries that ride out the SMTP drill (down, then 4xx, then 5xx: ~25 s) within the drill.
      SEND_ATTEMPTS: '14',
      SEND_INITIAL_BACKOFF_MS: '500',
      SEND_MAX_BACKOFF_MS: '3000',
      // A send cut by SIGKILL is resolved (as unconfirmed) within the drill, not after 5 min.
      SENDING_STALE_MS: '15000',
    };
    this.services = Object.fromEntries(
      SERVICE_NAMES.map((name) => [
        name,
        new ServiceProcess(
          name,
          ports[name],
          {
            ...common,
            MONGO_DB: names.databases[name],
            CONSUMER_GROUP: names.groups[name],
            RATE_LIMIT_NAMESPACE: `${names.run}-rl-${name}:`,
            ...(name === 'notifications' ? notifications : {}),
          },
          logDir,
        ),
      ]),
    ) as Record<ServiceName, ServiceProcess>;
  }

  url(name: ServiceName): string {
    return this.services[name].url;
  }

  async startAll(): Promise<void> {
    // One at a time: four tsx boots at once on 2 cores take longer than in a row.
    for (const name of SERVICE_NAMES) await this.services[name].start();
  }

  async stopAll(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((n) => this.services[n].stop(signal)));
  }

  /** The services that do not answer /health/ready with 200, with what they answer. */
  async unready(): Promise<string[]> {
    const out: string[] = [];
    for (const name of SERVICE_NAMES) {
      const s = this.services[name];
      const res = await fetch(`${s.url}/health/ready`, { signal: AbortSignal.timeout(10_000) })
        .then(async (r) => (r.status === 200 ? undefined : `${r.status} ${await r.text()}`))
        .catch((err: Error) => err.message);
      if (res !== undefined) out.push(`${name} not ready (${res.slice(0, 200)})`);
    }
    return out;
  }

  /** Restart (SIGTERM, start) every service that is not ready; their names. */
  async restartUnready(): Promise<string[]> {
    const restarted: string[] = [];
    for (const name of SERVICE_NAMES) {
      const s = this.services[name];
      const ok = await fetch(`${s.url}/health/ready`, { signal: AbortSignal.timeout(10_000) })
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) continue;
      await s.stop('SIGTERM');
      await s.start();
      restarted.push(name);
    }
    return restarted;
  }

  /** Start whichever services are not running (after a drill that killed some). */
  async ensureRunning(): Promise<void> {
    for (const name of SERVICE_NAMES) {
      if (!this.services[name].running) await this.services[name].start();
    }
  }
}
