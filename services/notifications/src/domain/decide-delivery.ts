import type { EmailRecipient } from './match-email-input.js';
import type { StartupContact } from './startup-contact.js';
import { utcDay } from './utc-day.js';

export type SuppressReason = 'unsubscribed' | 'startup_inactive' | 'challenge_closed';

export type DeliveryDecision =
  | { kind: 'send'; recipient: EmailRecipient }
  | { kind: 'suppress'; reason: SuppressReason }
  | { kind: 'queue_for_digest'; day: string }
  | { kind: 'wait_for_startup' };

/**
 * What to do with a due delivery, decided at the moment of sending (so an unsubscribe or a
 * deactivation that arrived after the match still stops the mail). A match for a startup
 * the service has not heard of yet waits: startups.v1 and matching.v1 are separate topics, so
 * a match may overtake the registration. A digest is sent whatever the preference now is,
 * unless the startup has stopped mail altogether. A match whose challenge has closed meanwhile
 * is never mailed (only open challenges cause emails).
 */
export function decideDelivery(
  startup: StartupContact | null,
  kind: 'match' | 'digest',
  now: Date,
  challengeClosed = false,
): DeliveryDecision {
  if (kind === 'match' && challengeClosed) return { kind: 'suppress', reason: 'challenge_closed' };
  if (startup === null) return { kind: 'wait_for_startup' };
  if (!startup.active) return { kind: 'suppress', reason: 'startup_inactive' };
  if (startup.unsubscribedAt !== undefined || startup.preference === 'unsubscribed') {
    return { kind: 'suppress', reason: 'unsubscribed' };
  }
  if (kind === 'match' && startup.preference === 'daily_digest') {
    return { kind: 'queue_for_digest', day: utcDay(now) };
  }
  return {
    kind: 'send',
    recipient: {
      startupId: startup.startupId,
      name: startup.name,
      email: startup.email,
      language: startup.language,
    },
  };
}
