import { paragraph } from './email-html-layout.js';
import { INTL_LOCALES } from './email-language.js';
import { fillHtml, fillText } from './fill-message-template.js';
import type { DigestEmailInput, RenderedEmail } from './match-email-input.js';
import { renderChallengeSection } from './render-challenge-section.js';
import { recipientContext, renderEmailFrame } from './render-email-frame.js';

/**
 * The daily digest: one email listing a startup's new matches, best score first, in the
 * startup's language. Throws on an empty list: no matches means no email.
 */
export function renderDigestEmail(input: DigestEmailInput): RenderedEmail {
  if (input.entries.length === 0) throw new RangeError('a digest needs at least one match');
  const context = recipientContext(input);
  const { messages: m, sides, format, language } = context;
  const count = input.entries.length;
  const plural = new Intl.PluralRules(INTL_LOCALES[language]).select(count);
  const subjectTemplate = m.digestSubject[plural] ?? m.digestSubject.other;
  const day = { day: format.date(input.day) };
  const entries = [...input.entries].sort((a, b) => b.match.score - a.match.score);
  return renderEmailFrame(input, context, {
    subject: fillText(subjectTemplate, { count: format.integer(count) }, sides.direction),
    intro: {
      html: paragraph(fillHtml(m.digestIntro, day), sides),
      text: fillText(m.digestIntro, day, sides.direction),
    },
    sections: entries.map((e) => renderChallengeSection(e.challenge, e.match, context)),
  });
}
