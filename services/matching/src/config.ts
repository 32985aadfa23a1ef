import { hostname } from 'node:os';
import { SHORTLIST_MAX_ENTRIES } from '@citymatch/events';
import { AuthConfig, BaseConfig, DrillFaultConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the matching service, validated at boot. */
export const MatchingConfig = Type.Composite([
  BaseConfig,
  AuthConfig,
  DrillFaultConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3103 }),
    MONGO_DB: Type.String({ default: 'matching', minLength: 1 }),
    CHALLENGES_TOPIC: Type.String({ default: 'challenges.v1', minLength: 1 }),
    STARTUPS_TOPIC: Type.String({ default: 'startups.v1', minLength: 1 }),
    CONSUMER_GROUP: Type.String({
      default: 'matching',
      minLength: 1,
      description: 'Shared group: challenge work and startup re-matching, split among replicas',
    }),
    REPLICA_ID: Type.String({
      default: hostname(),
      minLength: 1,
      description:
        'Stable name of this replica (pod name); its own group `<CONSUMER_GROUP>-index-<id>` ' +
        'reads every startup event so its in-memory index holds every startup',
    }),
    CONSUMER_ATTEMPTS: Type.Integer({ minimum: 1, default: 5 }),
    MATCH_MIN_SCORE: Type.Number({
      minimum: 0,
      maximum: 1,
      default: 0.25,
      description: 'A startup enters a shortlist (and gets match.found) from this score on',
    }),
    SHORTLIST_SIZE: Type.Integer({
      minimum: 1,
      maximum: SHORTLIST_MAX_ENTRIES,
      default: 100,
      description:
        "Startups kept on a challenge's shortlist, best first; each one is a match (and an email)",
    }),
    MATCHING_TOPIC: Type.String({
      default: 'matching.v1',
      minLength: 1,
      description: 'Topic the outbox publishes to (end-to-end runs use a unique one)',
    }),
    OUTBOX_POLL_MS: Type.Integer({ minimum: 10, default: 200, description: 'Relay idle poll' }),
  }),
]);
export type MatchingConfig = Static<typeof MatchingConfig>;

/** The per-replica group that feeds this replica's index with every startup event. */
export const indexGroupOf = (config: MatchingConfig): string =>
  `${config.CONSUMER_GROUP}-index-${config.REPLICA_ID}`;

export const readConfig = (env = process.env): MatchingConfig => loadConfig(MatchingConfig, env);
