export { consumerLag } from './consumer-lag.js';
export { eventProducer } from './event-producer.js';
export { ExpectedEvents } from './expected-events.js';
export {
  type FuzzBodyOptions,
  type FuzzPayload,
  fuzzBody,
  fuzzSettings,
  hostileValue,
  injectable,
  ODD_CHARS,
  oddString,
  sampleFuzz,
  tameString,
} from './fuzz-bodies.js';
export {
  expectedFate,
  type FuzzMessage,
  fuzzEventMessage,
  type MessageFate,
  produceBatched,
  validEvents,
} from './fuzz-events.js';
export {
  checkFuzzOutcome,
  type FuzzOutcome,
  fuzzAnswerProblem,
  fuzzRoute,
  type InjectedAnswer,
} from './fuzz-route.js';
export { metricValue } from './metric-value.js';
export { capturedLogs, missingSecurityHeaders } from './security-checks.js';
export { freePort, ServiceProcess } from './service-process.js';
export { tamperedTokens } from './tampered-tokens.js';
export { testDatabase } from './test-database.js';
export { bearer, tokens } from './tokens.js';
export { readTopic, type TopicWatch, waitUntil, watchTopic } from './watch-topic.js';
