import type { EmailLanguage } from './email-language.js';
import type { TemplateValues } from './fill-message-template.js';
import type { RecipientFormat } from './format-for-recipient.js';
import type { ChallengeSummary, MatchReason, SectorLabel } from './match-email-input.js';
import type { EmailMessages } from './messages/email-messages.js';

export interface ReasonSentence {
  template: string;
  values: TemplateValues;
}

export interface ReasonContext {
  language: EmailLanguage;
  messages: EmailMessages;
  format: RecipientFormat;
  challenge: ChallengeSummary;
  sectorLabel?: SectorLabel | undefined;
}

function labelOf(sectorId: string, context: ReasonContext): string {
  const label = context.sectorLabel?.(sectorId, context.language)?.trim();
  return label ? label : sectorId;
}

/** A match reason as a sentence in the recipient's language, strongest contribution first. */
export function describeMatchReasons(
  reasons: readonly MatchReason[],
  context: ReasonContext,
): ReasonSentence[] {
  return [...reasons]
    .sort((a, b) => b.weight * b.strength - a.weight * a.strength)
    .map((reason) => ({
      template: context.messages.reasons[reason.relation],
      values: {
        yourTag: reason.startupTag,
        challengeTag: reason.challengeTag,
        sector: labelOf(reason.sectorId, context),
        city: context.challenge.city,
        country: context.format.country(context.challenge.country),
        language: context.format.languageName(context.challenge.language),
      },
    }));
}
