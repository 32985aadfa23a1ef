import { createEvent, type EventEnvelope } from '@citymatch/events';
import type { SuppressReason } from '../domain/decide-delivery.js';
import type { DeliveryRecord } from '../store/delivery-record.js';

// The notification.* events of a delivery: one per match it covers (a digest covers many),
// keyed by startupId on notifications.v1, all sharing the email's Message-ID.

const channelOf = (r: DeliveryRecord) => (r.kind === 'digest' ? 'digest' : 'email');

export function sentEvents(r: DeliveryRecord, language: string, at: Date): EventEnvelope[] {
  return r.matches.map((m) =>
    createEvent('notification.sent', {
      data: {
        challengeId: m.challengeId,
        startupId: r.startupId,
        messageId: r.messageId,
        language: language as never,
        channel: channelOf(r),
        occurredAt: at.toISOString(),
      },
    }),
  );
}

export function failedEvents(
  r: DeliveryRecord,
  language: string,
  error: string,
  attempts: number,
  at: Date,
): EventEnvelope[] {
  return r.matches.map((m) =>
    createEvent('notification.failed', {
      data: {
        challengeId: m.challengeId,
        startupId: r.startupId,
        messageId: r.messageId,
        language: language as never,
        channel: channelOf(r),
        error: error.slice(0, 2000),
        attempts: Math.max(1, attempts),
        occurredAt: at.toISOString(),
      },
    }),
  );
}

export function suppressedEvents(
  r: DeliveryRecord,
  reason: SuppressReason,
  at: Date,
): EventEnvelope[] {
  return r.matches.map((m) =>
    createEvent('notification.suppressed', {
      data: {
        challengeId: m.challengeId,
        startupId: r.startupId,
        channel: channelOf(r),
        reason,
        occurredAt: at.toISOString(),
      },
    }),
  );
}
