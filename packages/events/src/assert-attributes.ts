import { EventValidationError } from './errors.js';
import { isDateTime } from './formats.js';

/** The CloudEvents attributes every event must have. Throws EventValidationError. */
export function assertAttributes(envelope: {
  type: string;
  id: unknown;
  source: unknown;
  subject: unknown;
  time: unknown;
}): void {
  for (const name of ['id', 'source', 'subject', 'time'] as const) {
    const value = envelope[name];
    if (typeof value !== 'string' || value.length === 0) {
      throw new EventValidationError(
        'bad_attribute',
        envelope.type,
        `${envelope.type}: ${name} must be a non-empty string`,
      );
    }
  }
  if (!isDateTime(envelope.time as string)) {
    throw new EventValidationError(
      'bad_attribute',
      envelope.type,
      `${envelope.type}: time ${envelope.time} is not an RFC 3339 date-time`,
    );
  }
}
