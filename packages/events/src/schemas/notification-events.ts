import { type Static, Type } from '@sinclair/typebox';
import { EntityId, Language, OccurredAt } from './common.js';
import { describe, EventObject } from './event-object.js';

// Topic notifications.v1; key: startupId (the recipient's mailbox is the aggregate, so a
// startup's notifications stay in order, digests included); subject: `<challengeId>:<startupId>`
// (the business key: one email per match).

export const NotificationChannel = Type.Union([Type.Literal('email'), Type.Literal('digest')], {
  description: 'email: one email for this match; digest: part of a daily digest email.',
});

export const SuppressionReason = Type.Union(
  [
    Type.Literal('unsubscribed'),
    Type.Literal('challenge_closed'),
    Type.Literal('startup_inactive'),
    Type.Literal('duplicate'),
  ],
  { description: 'Why no email was sent.' },
);

const MessageId = Type.String({
  minLength: 1,
  maxLength: 998,
  description: 'The email Message-ID (shared by every match in one digest).',
});

const ChallengeId = describe(EntityId, 'The challenge of the match.');
const StartupId = describe(EntityId, 'The recipient startup (message key).');

const delivery = {
  challengeId: ChallengeId,
  startupId: StartupId,
  messageId: MessageId,
  language: describe(Language, 'The language the email is written in.'),
  channel: NotificationChannel,
};

export const NotificationSentData = EventObject(
  { ...delivery, occurredAt: OccurredAt },
  {
    title: 'notification.sent',
    description: 'The email for a match was accepted by the SMTP server.',
  },
);
export type NotificationSentData = Static<typeof NotificationSentData>;

export const NotificationFailedData = EventObject(
  {
    ...delivery,
    error: Type.String({ maxLength: 2000, description: 'The last error, e.g. the SMTP reply.' }),
    attempts: Type.Integer({ minimum: 1, description: 'How many tries were made.' }),
    occurredAt: OccurredAt,
  },
  {
    title: 'notification.failed',
    description: 'The email for a match could not be sent after the last try.',
  },
);
export type NotificationFailedData = Static<typeof NotificationFailedData>;

export const NotificationSuppressedData = EventObject(
  {
    challengeId: ChallengeId,
    startupId: StartupId,
    language: Type.Optional(Language),
    channel: Type.Optional(NotificationChannel),
    reason: SuppressionReason,
    occurredAt: OccurredAt,
  },
  {
    title: 'notification.suppressed',
    description: 'No email was sent for a match, on purpose; no Message-ID exists.',
  },
);
export type NotificationSuppressedData = Static<typeof NotificationSuppressedData>;
