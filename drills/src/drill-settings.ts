import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (drills/src/ is two levels down). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Ports and state dir of the drills' OWN servers: they are stopped and restarted on purpose, so
 * they never are the shared dev servers. Every value can be overridden from the environment.
 */
export function drillInfraEnv(env = process.env) {
  return {
    CITYMATCH_STATE: env.DRILLS_STATE ?? join(repoRoot, '.drills-infra'),
    KAFKA_PORT: env.DRILLS_KAFKA_PORT ?? '39092',
    KAFKA_CONTROLLER_PORT: env.DRILLS_KAFKA_CONTROLLER_PORT ?? '39093',
    MONGO_PORT: env.DRILLS_MONGO_PORT ?? '47018',
    REDIS_PORT: env.DRILLS_REDIS_PORT ?? '36379',
    SMTP_PORT: env.DRILLS_SMTP_PORT ?? '31025',
    SMTP_HTTP_PORT: env.DRILLS_SMTP_HTTP_PORT ?? '38025',
  };
}

/** Connection settings of those servers, as `infra/env` prints them. */
export function drillServerUrls(infra = drillInfraEnv()) {
  return {
    KAFKA_BROKERS: `127.0.0.1:${infra.KAFKA_PORT}`,
    MONGO_URL: `mongodb://127.0.0.1:${infra.MONGO_PORT}`,
    REDIS_URL: `redis://127.0.0.1:${infra.REDIS_PORT}`,
    SMTP_URL: `smtp://127.0.0.1:${infra.SMTP_PORT}`,
    MAILPIT_API: `http://127.0.0.1:${infra.SMTP_HTTP_PORT}`,
  };
}

export const SERVICE_NAMES = ['challenges', 'startups', 'matching', 'notifications'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** HTTP ports of the drills' services (overridable: DRILLS_<SERVICE>_PORT). */
export function servicePorts(env = process.env): Record<ServiceName, number> {
  const port = (name: ServiceName, def: number) =>
    Number(env[`DRILLS_${name.toUpperCase()}_PORT`] ?? def);
  return {
    challenges: port('challenges', 4101),
    startups: port('startups', 4102),
    matching: port('matching', 4103),
    notifications: port('notifications', 4104),
  };
}
