import { AuthConfig, BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the challenges service, validated at boot. */
export const ChallengesConfig = Type.Composite([
  BaseConfig,
  AuthConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101 }),
    MONGO_DB: Type.String({ default: 'challenges', minLength: 1 }),
    RATE_LIMIT_MAX: Type.Integer({
      minimum: 1,
      default: 60,
      description: 'Writes per caller and route per minute',
    }),
    RATE_LIMIT_NAMESPACE: Type.String({
      default: 'citymatch-rl:challenges:',
      minLength: 1,
      description: 'Prefix of the rate-limit keys in Redis',
    }),
    CHALLENGES_TOPIC: Type.String({
      default: 'challenges.v1',
      minLength: 1,
      description: 'Topic the outbox publishes to (end-to-end runs use a unique one)',
    }),
    OUTBOX_POLL_MS: Type.Integer({ minimum: 10, default: 200, description: 'Relay idle poll' }),
  }),
]);
export type ChallengesConfig = Static<typeof ChallengesConfig>;

export const readConfig = (env = process.env): ChallengesConfig =>
  loadConfig(ChallengesConfig, env);
