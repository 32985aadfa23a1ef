import type { EventEnvelope, MatchFoundData } from '@citymatch/events';
import type { OutboxFields } from '@citymatch/service-kit';
import type { TraceHeaders } from '@citymatch/service-kit/telemetry';
import type { EmailRecipient } from '../domain/match-email-input.js';

/**
 * A delivery's life, written before anything is sent:
 *
 *   pending ──► sending ──► sent
 *      ▲  │        │  └───► failed        (last try failed: notification.failed)
 *      │  │        └──────► pending       (a try failed; retried at nextAttemptAt)
 *      │  │        └──────► unconfirmed   (the process died mid-send; never resent)
 *      │  ├──► suppressed                 (unsubscribed or inactive: notification.suppressed)
 *      │  ├──► queued_for_digest ──► in_digest   (daily digest startups)
 *      └──┴──► awaiting_startup           (the startup's registration has not arrived yet)
 */
export type DeliveryState =
  | 'pending'
  | 'awaiting_startup'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'unconfirmed'
  | 'suppressed'
  | 'queued_for_digest'
  | 'in_digest';

/**
 * One email: the business key is the `_id`. A match delivery's `_id` is the matchId
 * (`<challengeId>:<startupId>`), unique, so a match can never get a second record; a digest's is
 * `digest:<startupId>:<day>`. The document also carries its own outbox (notification.* events).
 */
export interface DeliveryRecord extends OutboxFields {
  _id: string;
  kind: 'match' | 'digest';
  startupId: string;
  state: DeliveryState;
  /** Fixed at creation, before any send (see domain/message-ids.ts). */
  messageId: string;
  /** match: the match.found data; digest: every match it lists. */
  matches: MatchFoundData[];
  /** digest: the day it covers; match in queued_for_digest: the day it was queued. */
  day?: string;
  digestId?: string;
  recipient?: EmailRecipient;
  attempts: number;
  nextAttemptAt: Date;
  sendingSince?: Date;
  lastError?: string;
  smtpResponse?: string;
  /**
   * The trace of the message that created it (match.found handling): the SMTP send, which runs
   * later in the delivery worker, continues that trace.
   */
  trace?: TraceHeaders;
  createdAt: Date;
  updatedAt: Date;
}

export type DeliveryEvents = EventEnvelope[];
