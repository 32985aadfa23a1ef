import { defineError } from '@citymatch/service-kit';

/** The matching service's error catalogue; every refusal it answers names one of these codes. */
export const ChallengeNotFound = defineError(
  'MATCHING_CHALLENGE_NOT_FOUND',
  'Challenge %s is not known to matching (never published)',
  404,
);
export const StartupNotFound = defineError(
  'MATCHING_STARTUP_NOT_FOUND',
  'Startup %s is not known to matching',
  404,
);
