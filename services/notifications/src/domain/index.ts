export { composeMime, type MailAddress, type MimeEnvelope } from './compose-mime.js';
export {
  EMAIL_LANGUAGES,
  type EmailLanguage,
  INTL_LOCALES,
  isEmailLanguage,
  type TextDirection,
  textDirection,
} from './email-language.js';
export type {
  ChallengeSummary,
  DigestEmailInput,
  DigestEntry,
  EmailRecipient,
  MatchEmailInput,
  MatchReason,
  MatchRelation,
  MatchSummary,
  RenderedEmail,
  SectorLabel,
  UnsubscribeHeaders,
  UnsubscribeLinks,
} from './match-email-input.js';
export { renderDigestEmail } from './render-digest-email.js';
export { renderMatchEmail } from './render-match-email.js';
export { sampleDigestEmailInput, sampleMatchEmailInput } from './sample-match.js';
export { unsubscribeHeaders } from './unsubscribe-headers.js';
export {
  MIN_SECRET_BYTES,
  signUnsubscribeToken,
  type TokenSecret,
  type UnsubscribeClaims,
  type UnsubscribeTokenCheck,
  verifyUnsubscribeToken,
} from './unsubscribe-token.js';
