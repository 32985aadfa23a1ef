import { defineError } from '@citymatch/service-kit';

/** The notifications service's error catalogue; every refusal names one of these codes. */
export const TokenMissing = defineError(
  'NOTIFICATIONS_TOKEN_MISSING',
  'Send the unsubscribe token as ?token= or in a JSON body {"token": ...}',
  400,
);
export const TokenMalformed = defineError(
  'NOTIFICATIONS_TOKEN_MALFORMED',
  'The unsubscribe token is not a token',
  400,
);
export const TokenForged = defineError(
  'NOTIFICATIONS_TOKEN_FORGED',
  'The unsubscribe token is not signed by this service',
  403,
);
export const TokenExpired = defineError(
  'NOTIFICATIONS_TOKEN_EXPIRED',
  'The unsubscribe link has expired; use the link in a newer email',
  403,
);
export const Busy = defineError(
  'NOTIFICATIONS_BUSY',
  'Someone else is changing %s right now; try again',
  503,
);
