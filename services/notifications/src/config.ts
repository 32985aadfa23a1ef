import { BaseConfig, loadConfig } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

/** Every setting of the notifications service, validated at boot. */
export const NotificationsConfig = Type.Composite([
  BaseConfig,
  Type.Object({
    PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3104 }),
    MONGO_DB: Type.String({ default: 'notifications', minLength: 1 }),
  }),
]);
export type NotificationsConfig = Static<typeof NotificationsConfig>;

export const readConfig = (env = process.env): NotificationsConfig =>
  loadConfig(NotificationsConfig, env);
