import type { SendMailOptions } from 'nodemailer/lib/mailer';
import type { RenderedEmail } from './match-email-input.js';

export interface MailAddress {
  name: string;
  address: string;
}

export interface MimeEnvelope {
  from: MailAddress;
  to: MailAddress;
  /** `<id@domain>`; nodemailer makes one when absent. */
  messageId?: string;
  date?: Date;
}

/**
 * The nodemailer message for a rendered email: the text and HTML alternatives (nodemailer picks
 * quoted-printable or base64 per part), the UTF-8 subject, the RFC 8058 headers,
 * `Content-Language` and `Auto-Submitted` (RFC 3834, so out-of-office replies stay away).
 * The SMTP sender and the preview script both use it.
 */
export function composeMime(email: RenderedEmail, envelope: MimeEnvelope): SendMailOptions {
  return {
    from: envelope.from,
    to: envelope.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: {
      ...email.headers,
      'Content-Language': email.language,
      'Auto-Submitted': 'auto-generated',
    },
    ...(envelope.messageId === undefined ? {} : { messageId: envelope.messageId }),
    ...(envelope.date === undefined ? {} : { date: envelope.date }),
  };
}
