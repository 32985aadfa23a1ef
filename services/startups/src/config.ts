import { BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the startups service, validated at boot. */
export const StartupsConfig = Type.Composite([
  BaseConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3102 }),
    MONGO_DB: Type.String({ default: 'startups', minLength: 1 }),
  }),
]);
export type StartupsConfig = Static<typeof StartupsConfig>;

export const readConfig = (env = process.env): StartupsConfig => loadConfig(StartupsConfig, env);
