export { metricValue } from './metric-value.js';
export { testDatabase } from './test-database.js';
export { bearer, tokens } from './tokens.js';
export { type TopicWatch, waitUntil, watchTopic } from './watch-topic.js';
