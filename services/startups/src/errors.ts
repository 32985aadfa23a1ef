import { defineError } from '@citymatch/service-kit';

/** The startups service's error catalogue; every refusal it answers names one of these codes. */
export const StartupNotFound = defineError('STARTUP_NOT_FOUND', 'Startup %s not found', 404);
export const StartupExists = defineError('STARTUP_EXISTS', 'Startup %s is already registered', 409);
export const Deactivated = defineError(
  'STARTUP_DEACTIVATED',
  'Startup %s is deactivated; it cannot be %s',
  409,
);
export const PreferredLanguageMissing = defineError(
  'STARTUP_PREFERRED_LANGUAGE',
  'The preferred language %s is not one of the languages %s',
  400,
);
export const PreconditionFailed = defineError(
  'STARTUP_PRECONDITION_FAILED',
  'If-Match %s does not match the current ETag %s; read it again',
  412,
);
export const PreconditionRequired = defineError(
  'STARTUP_PRECONDITION_REQUIRED',
  'Send If-Match with the ETag you read: updates never overwrite blindly',
  428,
);
export const InvalidText = defineError('STARTUP_INVALID_TEXT', 'Field %s: %s', 400);
export const InvalidEncoding = defineError(
  'STARTUP_INVALID_ENCODING',
  'The request body is not valid UTF-8',
  400,
);
export const InvalidCursor = defineError('STARTUP_INVALID_CURSOR', 'The cursor is not valid', 400);
export const Busy = defineError(
  'STARTUP_BUSY',
  'Someone else is changing %s right now; try again',
  503,
);
