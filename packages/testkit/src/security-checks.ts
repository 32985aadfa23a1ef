import { Writable } from 'node:stream';
import { loggerOptions } from '@citymatch/service-kit';

/** Logger options for an app under test whose JSON log lines are kept in `lines`. */
export function capturedLogs(service: string, level = 'debug') {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: { ...loggerOptions(service, level), stream }, lines };
}

/** What a response misses of the headers every answer carries; [] when none. */
export function missingSecurityHeaders(res: { headers: Record<string, unknown> }): string[] {
  const h = res.headers;
  const missing: string[] = [];
  if (h['x-content-type-options'] !== 'nosniff') missing.push('x-content-type-options');
  if (h['x-frame-options'] !== 'DENY') missing.push('x-frame-options');
  if (!String(h['strict-transport-security'] ?? '').includes('max-age=')) missing.push('hsts');
  if (!String(h['content-security-policy'] ?? '').includes("frame-ancestors 'none'")) {
    missing.push('content-security-policy');
  }
  if (h['x-powered-by'] !== undefined) missing.push('x-powered-by present');
  return missing;
}
