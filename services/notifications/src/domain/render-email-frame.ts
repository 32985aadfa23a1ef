import { checkWebUrl } from './check-link-url.js';
import { divider, htmlDocument, layoutSides, paragraph } from './email-html-layout.js';
import { type EmailLanguage, textDirection } from './email-language.js';
import { escapeHtml } from './escape-html.js';
import { fillHtml, fillText } from './fill-message-template.js';
import { formatForRecipient } from './format-for-recipient.js';
import type {
  EmailRecipient,
  RenderedEmail,
  SectorLabel,
  UnsubscribeLinks,
} from './match-email-input.js';
import { messagesFor } from './messages/messages-for.js';
import type { RenderedPart, SectionContext } from './render-challenge-section.js';
import { unsubscribeHeaders } from './unsubscribe-headers.js';

export interface EmailFrame {
  recipient: EmailRecipient;
  unsubscribe: UnsubscribeLinks;
  sectorLabel?: SectorLabel | undefined;
}

export interface EmailBody {
  subject: string;
  /** Paragraph(s) after the greeting. */
  intro: RenderedPart;
  sections: readonly RenderedPart[];
}

/**
 * The context every part of an email is rendered in. It is derived from the recipient alone:
 * nothing about the challenge, the process or the machine can change the email's language.
 */
export function recipientContext(frame: EmailFrame): SectionContext {
  const language: EmailLanguage = frame.recipient.language;
  return {
    language,
    sides: layoutSides(textDirection(language)),
    messages: messagesFor(language),
    format: formatForRecipient(language),
    sectorLabel: frame.sectorLabel,
  };
}

/** Greeting, intro, sections and the footer with the unsubscribe link, as HTML and text. */
export function renderEmailFrame(
  frame: EmailFrame,
  context: SectionContext,
  body: EmailBody,
): RenderedEmail {
  const { messages: m, sides, language } = context;
  const dir = sides.direction;
  const headers = unsubscribeHeaders(frame.unsubscribe);
  const unsubscribeUrl = checkWebUrl(frame.unsubscribe.url, 'unsubscribe url');
  const greeting = { name: frame.recipient.name };

  const contentHtml = [
    paragraph(fillHtml(m.greeting, greeting), sides),
    body.intro.html,
    body.sections.map((s) => s.html).join(`\n${divider()}\n`),
  ].join('\n');
  const footerHtml = [
    paragraph(escapeHtml(m.footer), sides, 'margin:0 0 8px;'),
    paragraph(
      `${escapeHtml(m.unsubscribeLead)} <a href="${escapeHtml(unsubscribeUrl)}" style="color:#1d4ed8;text-decoration:underline;">${escapeHtml(m.unsubscribe)}</a>`,
      sides,
      'margin:0;',
    ),
  ].join('\n');

  const text = [
    fillText(m.greeting, greeting, dir),
    '',
    body.intro.text,
    '',
    body.sections.map((s) => s.text).join('\n\n----\n\n'),
    '',
    '--',
    m.footer,
    `${m.unsubscribeLead} ${m.unsubscribe}:`,
    unsubscribeUrl,
    '',
  ].join('\n');

  return {
    subject: body.subject,
    html: htmlDocument({ language, sides, title: body.subject, contentHtml, footerHtml }),
    text,
    headers,
    language,
  };
}
