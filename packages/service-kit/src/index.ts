export { BaseConfig, ConfigError, loadConfig } from './config.js';
export { type CreateAppOptions, createApp } from './create-app.js';
export { healthPlugin, type ReadinessCheck } from './health.js';
export { loggerOptions } from './logger.js';
export { defineError, type Problem, problemPlugin, ValidationFailed } from './problem.js';
export { type RunOptions, runService } from './run-service.js';
export { serverUrls, uniqueName } from './server-urls.js';
