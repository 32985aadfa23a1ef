import type { EmailLanguage } from './email-language.js';

/** The startup the email goes to; `language` decides every word of the email's chrome. */
export interface EmailRecipient {
  startupId: string;
  /** The startup's name, used in the greeting. */
  name: string;
  email: string;
  language: EmailLanguage;
}

export interface ChallengeSummary {
  challengeId: string;
  /** Shown as written, in the challenge's own language. */
  title: string;
  orgName: string;
  city: string;
  /** ISO 3166-1 alpha-2 code (shown as the region's name in the recipient's language), or a name. */
  country: string;
  /** ISO 8601 date (`2026-03-21`, a calendar day) or date-time, or null for no deadline. */
  deadline: string | null;
  /** BCP 47 tag of the language the challenge is written in, e.g. `tr`. */
  language: string;
  /** Public https link to the challenge. */
  url: string;
  /** IANA time zone a date-time deadline is shown in; UTC when absent. */
  timeZone?: string;
}

/**
 * How the startup's tag relates to the challenge's sector `sectorId`: `exact` same sector;
 * `parent` the startup's sector is the broader one containing it; `child` the startup's sector
 * is a specialism inside it; `sibling` both share a parent; `free` a free (non-taxonomy) tag
 * matched word for word; `city`, `country`, `language` are the location and language bonuses.
 */
export type MatchRelation =
  | 'exact'
  | 'parent'
  | 'child'
  | 'sibling'
  | 'free'
  | 'city'
  | 'country'
  | 'language';

export interface MatchReason {
  challengeTag: string;
  startupTag: string;
  sectorId: string;
  relation: MatchRelation;
  strength: number;
  weight: number;
}

export interface MatchSummary {
  /** 0..1, shown as a percentage. */
  score: number;
  /** 1-based place on the challenge's shortlist. */
  rank: number;
  reasons: readonly MatchReason[];
}

export interface UnsubscribeLinks {
  /** https URL carrying the signed token; it receives the RFC 8058 one-click POST. */
  url: string;
  /** `mailto:` URI (or a bare address) that unsubscribes too. */
  mailto: string;
}

/** Human label of a taxonomy sector in a language; undefined when unknown (the id is shown). */
export type SectorLabel = (sectorId: string, language: EmailLanguage) => string | undefined;

export interface MatchEmailInput {
  recipient: EmailRecipient;
  challenge: ChallengeSummary;
  match: MatchSummary;
  unsubscribe: UnsubscribeLinks;
  sectorLabel?: SectorLabel;
}

export interface DigestEntry {
  challenge: ChallengeSummary;
  match: MatchSummary;
}

export interface DigestEmailInput {
  recipient: EmailRecipient;
  /** At least one; shown best score first. */
  entries: readonly DigestEntry[];
  /** The day the digest covers, ISO 8601 (`2026-03-21`). */
  day: string;
  unsubscribe: UnsubscribeLinks;
  sectorLabel?: SectorLabel;
}

export interface UnsubscribeHeaders {
  'List-Unsubscribe': string;
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click';
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  headers: UnsubscribeHeaders;
  /** Always the recipient's language. */
  language: EmailLanguage;
}
