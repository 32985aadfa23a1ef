import { defineError } from '../problem.js';

/** The realm named in every `WWW-Authenticate` challenge this platform sends. */
export const AUTH_REALM = 'citymatch';

/** The auth catalogue: every refusal the auth plugin and the guards answer with. */
export const AuthMissing = defineError('AUTH_MISSING', 'Authentication required: %s', 401);
export const AuthInvalid = defineError('AUTH_INVALID', 'The bearer token is not valid: %s', 401);
export const AuthUnavailable = defineError(
  'AUTH_UNAVAILABLE',
  'Tokens cannot be verified right now: %s',
  503,
);
export const ForbiddenRole = defineError(
  'FORBIDDEN_ROLE',
  'This action needs the role %s; the token has %s',
  403,
);
export const ForbiddenTenant = defineError('FORBIDDEN_TENANT', 'This token may not act on %s', 403);

type WithHeaders<E> = E & { headers: Record<string, string> };

function withHeaders<E extends Error>(err: E, headers: Record<string, string>): WithHeaders<E> {
  return Object.assign(err, { headers });
}

/** 401 with the RFC 6750 challenge a client needs to know it should send a bearer token. */
export function authMissing(reason: string) {
  return withHeaders(new AuthMissing(reason), {
    'www-authenticate': `Bearer realm="${AUTH_REALM}"`,
  });
}

/**
 * 401 for a token that was sent but refused. `reason` is a fixed phrase chosen by the verifier,
 * never text taken from the token, so it is safe in a header and in logs.
 */
export function authInvalid(reason: string) {
  return withHeaders(new AuthInvalid(reason), {
    'www-authenticate': `Bearer realm="${AUTH_REALM}", error="invalid_token", error_description="${reason}"`,
  });
}
