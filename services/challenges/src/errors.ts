import { defineError } from '@citymatch/service-kit';

/** The challenges service's error catalogue; every refusal it answers names one of these codes. */
export const ChallengeNotFound = defineError('CHALLENGE_NOT_FOUND', 'Challenge %s not found', 404);
export const OrganisationNotFound = defineError(
  'CHALLENGE_ORG_NOT_FOUND',
  'Organisation %s not found',
  404,
);
export const OrganisationExists = defineError(
  'CHALLENGE_ORG_EXISTS',
  'Organisation %s already exists',
  409,
);
export const InvalidTransition = defineError(
  'CHALLENGE_INVALID_TRANSITION',
  'A %s challenge cannot be %s',
  409,
);
export const DeadlinePassed = defineError(
  'CHALLENGE_DEADLINE_PASSED',
  'The deadline %s has passed; move it before publishing',
  409,
);
export const PreconditionFailed = defineError(
  'CHALLENGE_PRECONDITION_FAILED',
  'If-Match %s does not match the current ETag %s; read it again',
  412,
);
export const PreconditionRequired = defineError(
  'CHALLENGE_PRECONDITION_REQUIRED',
  'Send If-Match with the ETag you read: updates never overwrite blindly',
  428,
);
export const InvalidText = defineError('CHALLENGE_INVALID_TEXT', 'Field %s: %s', 400);
export const InvalidEncoding = defineError(
  'CHALLENGE_INVALID_ENCODING',
  'The request body is not valid UTF-8',
  400,
);
export const InvalidCursor = defineError(
  'CHALLENGE_INVALID_CURSOR',
  'The cursor is not valid',
  400,
);
export const Busy = defineError(
  'CHALLENGE_BUSY',
  'Someone else is changing %s right now; try again',
  503,
);
