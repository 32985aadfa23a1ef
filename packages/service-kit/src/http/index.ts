export { authPlugin, kRequiresAuth } from './auth.js';
export {
  AUTH_REALM,
  AuthInvalid,
  AuthMissing,
  AuthUnavailable,
  authInvalid,
  authMissing,
  ForbiddenRole,
  ForbiddenTenant,
} from './auth-errors.js';
export {
  AuthConfig,
  authOptionsFromConfig,
  DEFAULT_JWT_AUDIENCE,
  DEFAULT_JWT_ISSUER,
  DEV_JWT_SECRET,
  resolveJwtSecret,
} from './jwt-config.js';
export {
  type AppMetrics,
  type CounterOptions,
  createAppMetrics,
  type GaugeOptions,
  type MetricsPluginOptions,
  metricsPlugin,
} from './metrics.js';
export { type MintTokenOptions, mintToken } from './mint-token.js';
export {
  bearerSecurity,
  type OpenapiDocument,
  type OpenapiPluginOptions,
  openapiDocument,
  openapiJson,
  openapiPlugin,
  writeOpenapiFile,
} from './openapi.js';
export {
  assertCanEditOrg,
  assertCanEditStartup,
  canEditOrg,
  canEditStartup,
  type Principal,
  principalFromClaims,
  ROLES,
  type Role,
} from './principal.js';
export {
  RateLimited,
  type RateLimitPluginOptions,
  rateLimitKey,
  rateLimitPlugin,
  writeRateLimit,
} from './rate-limit.js';
export { securityHeadersPlugin } from './security-headers.js';
export { type AuthOptions, createTokenVerifier, type TokenVerifier } from './verify-token.js';
