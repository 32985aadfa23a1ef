import { checkWebUrl } from './check-link-url.js';
import { describeMatchReasons } from './describe-match-reason.js';
import {
  bulletList,
  button,
  detailsTable,
  heading,
  type LayoutSides,
  paragraph,
} from './email-html-layout.js';
import type { EmailLanguage } from './email-language.js';
import { escapeHtml } from './escape-html.js';
import { fillHtml, fillText } from './fill-message-template.js';
import type { RecipientFormat } from './format-for-recipient.js';
import { isolateForText } from './isolate-bidi.js';
import type { ChallengeSummary, MatchSummary, SectorLabel } from './match-email-input.js';
import type { EmailMessages } from './messages/email-messages.js';

export interface SectionContext {
  language: EmailLanguage;
  sides: LayoutSides;
  messages: EmailMessages;
  format: RecipientFormat;
  sectorLabel?: SectorLabel | undefined;
}

export interface RenderedPart {
  html: string;
  text: string;
}

/** User text in HTML: escaped, isolated from the surrounding direction, tagged with its language. */
function userHtml(value: string, lang?: string): string {
  const langAttr = lang ? ` lang="${escapeHtml(lang)}"` : '';
  return `<bdi${langAttr}>${escapeHtml(value)}</bdi>`;
}

/**
 * One challenge and why it matched: title, organisation, location, deadline, score, place on
 * the shortlist, the reasons in words and the link. Shared by the single and the digest email.
 */
export function renderChallengeSection(
  challenge: ChallengeSummary,
  match: MatchSummary,
  context: SectionContext,
): RenderedPart {
  const { messages: m, format, sides } = context;
  const dir = sides.direction;
  const url = checkWebUrl(challenge.url, 'challenge url');
  const deadline =
    challenge.deadline === null ? null : format.date(challenge.deadline, challenge.timeZone);
  const location = { city: challenge.city, country: format.country(challenge.country) };
  const score = format.percent(match.score);
  const rank = format.integer(match.rank);
  const reasons = describeMatchReasons(match.reasons, { ...context, challenge });

  const html = [
    heading(userHtml(challenge.title, challenge.language), sides),
    detailsTable(
      [
        [m.labels.organisation, userHtml(challenge.orgName)],
        [m.labels.location, fillHtml(m.location, location)],
        [m.labels.deadline, deadline === null ? escapeHtml(m.noDeadline) : escapeHtml(deadline)],
        [m.labels.score, `<strong>${escapeHtml(score)}</strong>`],
        [m.labels.rank, escapeHtml(rank)],
      ],
      sides,
    ),
    reasons.length === 0
      ? ''
      : paragraph(`<strong>${escapeHtml(m.reasonsHeading)}</strong>`, sides, 'margin-bottom:8px;') +
        bulletList(
          reasons.map((r) => fillHtml(r.template, r.values)),
          sides,
        ),
    button(url, m.viewChallenge, sides),
  ].join('\n');

  const text = [
    `${m.labels.challenge}: ${isolateForText(challenge.title, dir)}`,
    `${m.labels.organisation}: ${isolateForText(challenge.orgName, dir)}`,
    `${m.labels.location}: ${fillText(m.location, location, dir)}`,
    `${m.labels.deadline}: ${deadline ?? m.noDeadline}`,
    `${m.labels.score}: ${score}`,
    `${m.labels.rank}: ${rank}`,
    ...(reasons.length === 0
      ? []
      : [
          '',
          `${m.reasonsHeading}:`,
          ...reasons.map((r) => `- ${fillText(r.template, r.values, dir)}`),
        ]),
    '',
    `${m.viewChallenge}:`,
    url,
  ].join('\n');

  return { html, text };
}
