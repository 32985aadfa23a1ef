import { type LoggerOptions, pino } from 'pino';
import { loggerMixin } from './telemetry/logger-mixin.js';

/** Query parameters whose values are credentials (the unsubscribe link carries `token`). */
const SECRET_PARAMS = /([?&](?:token|access_token|key|secret|password)=)[^&#]*/gi;

/** A URL as it may be logged: the values of credential parameters replaced. */
export function urlForLog(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[redacted]');
}

/** Fastify's request serializer, with credentials kept out of the logged URL. */
function requestForLog(req: {
  method?: string;
  url?: string;
  hostname?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  return {
    method: req.method,
    url: urlForLog(req.url ?? ''),
    host: req.host ?? req.hostname,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

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
    serializers: { req: requestForLog },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}
