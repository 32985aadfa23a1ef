import { type LoggerOptions, pino } from 'pino';
import { loggerMixin } from './telemetry/logger-mixin.js';

/** pino options shared by every service: JSON lines, service name, no secrets. */
export function loggerOptions(service: string, level: string): LoggerOptions {
  return {
    level,
    base: { service },
    mixin: loggerMixin,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.contactEmail',
        '*.password',
        '*.token',
      ],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}
