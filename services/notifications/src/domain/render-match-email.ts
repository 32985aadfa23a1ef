import { paragraph } from './email-html-layout.js';
import { escapeHtml } from './escape-html.js';
import { fillText } from './fill-message-template.js';
import type { MatchEmailInput, RenderedEmail } from './match-email-input.js';
import { renderChallengeSection } from './render-challenge-section.js';
import { recipientContext, renderEmailFrame } from './render-email-frame.js';

/**
 * The email telling one startup about one matching challenge, in the startup's language
 * (`recipient.language`), whatever language the challenge is written in.
 */
export function renderMatchEmail(input: MatchEmailInput): RenderedEmail {
  const context = recipientContext(input);
  const { messages: m, sides } = context;
  return renderEmailFrame(input, context, {
    subject: fillText(m.matchSubject, { title: input.challenge.title }, sides.direction),
    intro: { html: paragraph(escapeHtml(m.matchIntro), sides), text: m.matchIntro },
    sections: [renderChallengeSection(input.challenge, input.match, context)],
  });
}
