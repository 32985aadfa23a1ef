import type { SendMailOptions } from 'nodemailer';
import type { NotificationsConfig } from '../config.js';
import { challengeFromMatch, summaryFromMatch } from '../domain/challenge-from-match.js';
import { composeMime } from '../domain/compose-mime.js';
import type {
  EmailRecipient,
  RenderedEmail,
  UnsubscribeLinks,
} from '../domain/match-email-input.js';
import { renderDigestEmail } from '../domain/render-digest-email.js';
import { renderMatchEmail } from '../domain/render-match-email.js';
import { signUnsubscribeToken } from '../domain/unsubscribe-token.js';
import type { DeliveryRecord } from '../store/delivery-record.js';

export interface EmailSettings {
  from: { name: string; address: string };
  publicUrl: string;
  challengeUrlBase: string;
  unsubscribeMailto: string;
  unsubscribeSecret: string;
  tokenDays: number;
}

/** The email settings out of the service's config. */
export function emailSettings(config: NotificationsConfig): EmailSettings {
  return {
    from: { name: config.MAIL_FROM_NAME, address: config.MAIL_FROM },
    publicUrl: config.PUBLIC_URL,
    challengeUrlBase: config.CHALLENGE_URL_BASE,
    unsubscribeMailto: config.UNSUBSCRIBE_MAILTO,
    unsubscribeSecret: config.UNSUBSCRIBE_SECRET,
    tokenDays: config.UNSUBSCRIBE_TOKEN_DAYS,
  };
}

/** RFC 8058 links with a signed, expiring token for this startup. */
export function unsubscribeLinks(startupId: string, s: EmailSettings, now: Date): UnsubscribeLinks {
  const expiresAt = new Date(now.getTime() + s.tokenDays * 86_400_000);
  const token = signUnsubscribeToken({ startupId, expiresAt }, s.unsubscribeSecret);
  const url = new URL('unsubscribe', s.publicUrl.endsWith('/') ? s.publicUrl : `${s.publicUrl}/`);
  url.searchParams.set('token', token);
  return {
    url: url.href,
    mailto: `mailto:${s.unsubscribeMailto}?subject=unsubscribe%20${token}`,
  };
}

/** The rendered email of a delivery, in the recipient's language (never the sender's). */
export function renderDelivery(
  r: DeliveryRecord,
  recipient: EmailRecipient,
  s: EmailSettings,
  now: Date,
): RenderedEmail {
  const unsubscribe = unsubscribeLinks(r.startupId, s, now);
  const entries = r.matches.map((m) => ({
    challenge: challengeFromMatch(m, s.challengeUrlBase),
    match: summaryFromMatch(m),
  }));
  if (r.kind === 'digest') {
    return renderDigestEmail({ recipient, entries, day: r.day ?? '', unsubscribe });
  }
  const [entry] = entries;
  if (!entry) throw new Error(`delivery ${r._id} has no match`);
  return renderMatchEmail({ recipient, ...entry, unsubscribe });
}

/** The nodemailer message: the Message-ID is the one fixed in the record before any send. */
export function composeDeliveryEmail(
  r: DeliveryRecord,
  recipient: EmailRecipient,
  s: EmailSettings,
  now: Date,
): SendMailOptions {
  return composeMime(renderDelivery(r, recipient, s, now), {
    from: s.from,
    to: { name: recipient.name, address: recipient.email },
    messageId: r.messageId,
    date: now,
  });
}
