export { BatchedFindById } from './batched-find-by-id.js';
export { BatchedInsert } from './batched-insert.js';
export { BaseConfig, ConfigError, loadConfig } from './config.js';
export {
  ConsumerRunner,
  type ConsumerRunnerOptions,
  type MessageMeta,
  type Subscription,
} from './consumer/consumer-runner.js';
export { sendToDeadLetter, stripDeadLetterHeaders } from './consumer/dead-letter.js';
export { DrillFaultConfig, sigkillAfterEffects } from './consumer/drill-faults.js';
export { ProcessedMarks } from './consumer/processed-marks.js';
export { replayDeadLetters } from './consumer/replay-dead-letters.js';
export { type CreateAppOptions, createApp } from './create-app.js';
export { consumerMetrics, outboxMetrics } from './delivery-metrics.js';
export { findByIds } from './find-by-ids.js';
export { healthPlugin, type ReadinessCheck } from './health.js';
export { etagOf, ifMatchAdmits } from './http/etag.js';
export {
  type AppMetrics,
  AUTH_REALM,
  AuthConfig,
  AuthInvalid,
  AuthMissing,
  type AuthOptions,
  AuthUnavailable,
  assertCanEditOrg,
  assertCanEditStartup,
  authInvalid,
  authMissing,
  authOptionsFromConfig,
  authPlugin,
  bearerSecurity,
  type CounterOptions,
  canEditOrg,
  canEditStartup,
  createAppMetrics,
  createTokenVerifier,
  DEFAULT_JWT_AUDIENCE,
  DEFAULT_JWT_ISSUER,
  DEV_JWT_SECRET,
  ForbiddenRole,
  ForbiddenTenant,
  type GaugeOptions,
  kRequiresAuth,
  type MetricsPluginOptions,
  type MintTokenOptions,
  metricsPlugin,
  mintToken,
  type OpenapiDocument,
  type OpenapiPluginOptions,
  openapiDocument,
  openapiJson,
  openapiPlugin,
  type Principal,
  principalFromClaims,
  RateLimited,
  type RateLimitPluginOptions,
  ROLES,
  type Role,
  rateLimitKey,
  rateLimitPlugin,
  resolveJwtSecret,
  securityHeadersPlugin,
  type TokenVerifier,
  writeOpenapiFile,
  writeRateLimit,
} from './http/index.js';
export { strictValidatorCompiler } from './http/strict-validation.js';
export {
  type InvalidTextError,
  inputText,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  tagKey,
} from './input/input-text.js';
export { consumerGroupLag } from './kafka/consumer-group-lag.js';
export { createTopicsWithLeaders } from './kafka/create-topics.js';
export { createIdempotentProducer, createKafka, ensureTopics } from './kafka/kafka-client.js';
export { isSettling, topicOffsets } from './kafka/topic-offsets.js';
export { AggregateBusyError, AggregateLocks } from './locks/aggregate-locks.js';
export { loggerOptions, urlForLog } from './logger.js';
export {
  OUTBOX_INDEX,
  type OutboxFields,
  outboxOnCreate,
  type StoredEvent,
  storedEvent,
  storeEvent,
  withOutbox,
} from './outbox/outbox-fields.js';
export { createPublishing, type Publishing } from './outbox/outbox-publishing.js';
export { OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { defineError, type Problem, problemPlugin, ValidationFailed } from './problem.js';
export { type RunOptions, runService } from './run-service.js';
export { serverUrls, uniqueName } from './server-urls.js';
