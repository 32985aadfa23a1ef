import { type Static, Type } from '@sinclair/typebox';
import { ConfigError } from '../config.js';
import type { AuthOptions } from './verify-token.js';

/** The one development secret: tokens minted with it are accepted only outside production. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me';
export const DEFAULT_JWT_ISSUER = 'citymatch';
export const DEFAULT_JWT_AUDIENCE = 'citymatch-api';

/** Auth settings every service with an HTTP API adds to its config schema. */
export const AuthConfig = Type.Object({
  JWT_SECRET: Type.String({
    default: DEV_JWT_SECRET,
    minLength: 16,
    description: 'HS256 shared secret (local); the dev default is refused when NODE_ENV=production',
  }),
  JWT_JWKS_URL: Type.Optional(
    Type.String({
      pattern: '^https?://',
      description: 'JWKS URL of the identity provider (production); when set, JWT_SECRET is unused',
    }),
  ),
  JWT_ISSUER: Type.String({ default: DEFAULT_JWT_ISSUER, minLength: 1, description: 'iss' }),
  JWT_AUDIENCE: Type.String({ default: DEFAULT_JWT_AUDIENCE, minLength: 1, description: 'aud' }),
  JWT_ALGORITHMS: Type.Optional(
    Type.String({
      pattern: '^[A-Z0-9]+(,[A-Z0-9]+)*$',
      description: 'comma-separated; default HS256 with a secret, RS256,ES256 with a JWKS URL',
    }),
  ),
});
export type AuthConfig = Static<typeof AuthConfig>;

/**
 * The HS256 secret to use, refusing the development default in production: a token minted on a
 * laptop must never open a production API.
 */
export function resolveJwtSecret(secret: string | undefined, env = process.env): string {
  const value = secret && secret.length > 0 ? secret : DEV_JWT_SECRET;
  if (value === DEV_JWT_SECRET && env.NODE_ENV === 'production') {
    throw new ConfigError([
      'JWT_SECRET: the development default is refused when NODE_ENV=production (set JWT_SECRET or JWT_JWKS_URL)',
    ]);
  }
  return value;
}

/** Plugin options from a validated config: JWKS when a URL is set, else the HS256 secret. */
export function authOptionsFromConfig(config: AuthConfig, env = process.env): AuthOptions {
  const algorithms = config.JWT_ALGORITHMS?.split(',');
  const common = {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    ...(algorithms ? { algorithms } : {}),
  };
  if (config.JWT_JWKS_URL) return { ...common, jwksUrl: config.JWT_JWKS_URL };
  return { ...common, secret: resolveJwtSecret(config.JWT_SECRET, env) };
}
