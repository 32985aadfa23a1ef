import { AuthConfig, BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the startups service, validated at boot. */
export const StartupsConfig = Type.Composite([
  BaseConfig,
  AuthConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3102 }),
    MONGO_DB: Type.String({ default: 'startups', minLength: 1 }),
    RATE_LIMIT_MAX: Type.Integer({
      minimum: 1,
      default: 60,
      description: 'Writes per caller and route per minute',
    }),
    RATE_LIMIT_NAMESPACE: Type.String({
      default: 'citymatch-rl:startups:',
      minLength: 1,
      description: 'Prefix of the rate-limit keys in Redis',
    }),
    STARTUPS_TOPIC: Type.String({
      default: 'startups.v1',
      minLength: 1,
      description: 'Topic the outbox publishes to (end-to-end runs use a unique one)',
    }),
    OUTBOX_POLL_MS: Type.Integer({ minimum: 10, default: 200, description: 'Relay idle poll' }),
  }),
]);
export type StartupsConfig = Static<typeof StartupsConfig>;

export const readConfig = (env = process.env): StartupsConfig => loadConfig(StartupsConfig, env);
