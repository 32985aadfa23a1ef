import { BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the challenges service, validated at boot. */
export const ChallengesConfig = Type.Composite([
  BaseConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3101 }),
    MONGO_DB: Type.String({ default: 'challenges', minLength: 1 }),
  }),
]);
export type ChallengesConfig = Static<typeof ChallengesConfig>;

export const readConfig = (env = process.env): ChallengesConfig =>
  loadConfig(ChallengesConfig, env);
