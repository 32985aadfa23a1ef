import { type Static, type TObject, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** Thrown at boot when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Settings every service has; a service extends this with its own. */
export const BaseConfig = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'HTTP port' }),
  HOST: Type.String({ default: '127.0.0.1', description: 'HTTP bind address' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info', description: 'pino log level' },
  ),
  KAFKA_BROKERS: Type.String({ default: '127.0.0.1:19092', description: 'comma-separated' }),
  MONGO_URL: Type.String({ default: 'mongodb://127.0.0.1:27018', description: 'MongoDB URL' }),
  REDIS_URL: Type.String({ default: 'redis://127.0.0.1:16379', description: 'Redis URL' }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ minimum: 100, default: 10000 }),
});

/**
 * Read and validate a service's config from `env` once, at boot. Strings from the environment
 * are converted to the schema's types; every bad or missing variable is named in the error.
 */
export function loadConfig<S extends TObject>(schema: S, env = process.env): Static<S> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.properties)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const withDefaults = Value.Default(schema, raw);
  const converted = Value.Convert(schema, withDefaults);
  const problems = [...Value.Errors(schema, converted)].map((e) => {
    const name = e.path.replace(/^\//, '') || '(root)';
    const got = env[name] === undefined ? 'not set' : `got ${JSON.stringify(env[name])}`;
    return `${name}: ${e.message} (${got})`;
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return converted as Static<S>;
}
