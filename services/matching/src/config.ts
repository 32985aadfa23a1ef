import { BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the matching service, validated at boot. */
export const MatchingConfig = Type.Composite([
  BaseConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3103 }),
    MONGO_DB: Type.String({ default: 'matching', minLength: 1 }),
  }),
]);
export type MatchingConfig = Static<typeof MatchingConfig>;

export const readConfig = (env = process.env): MatchingConfig => loadConfig(MatchingConfig, env);
