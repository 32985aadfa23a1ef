import type { MatchRelation } from '../match-email-input.js';

/**
 * The words of the email in one language. Templates hold `{placeholders}`; the renderer fills
 * them, escaping and bidi-isolating the values (see fill-message-template.ts), so a translation
 * never contains markup. Every language must use the same placeholders as English (tested).
 */
export interface EmailMessages {
  /** `{title}` */
  matchSubject: string;
  /** Plural forms keyed by `Intl.PluralRules` category; `{count}`. `other` is required. */
  digestSubject: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** `{name}`: the startup's name. */
  greeting: string;
  matchIntro: string;
  /** `{day}` */
  digestIntro: string;
  labels: {
    challenge: string;
    organisation: string;
    location: string;
    deadline: string;
    score: string;
    rank: string;
  };
  /** `{city}`, `{country}` */
  location: string;
  noDeadline: string;
  reasonsHeading: string;
  /**
   * One sentence per relation. Placeholders: `{yourTag}`, `{challengeTag}`, `{sector}`, `{city}`,
   * `{country}`, `{language}`.
   */
  reasons: Record<MatchRelation, string>;
  viewChallenge: string;
  /** Why the startup receives this email. */
  footer: string;
  unsubscribeLead: string;
  unsubscribe: string;
}
