import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { AuthUnavailable, authInvalid } from './auth-errors.js';
import { type Principal, principalFromClaims } from './principal.js';

export interface AuthOptions {
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`. */
  audience: string;
  /** HS256 shared secret (local development, tests). Ignored when `jwksUrl` is set. */
  secret?: string;
  /** The identity provider's JWKS (production). Keys are fetched, cached and refreshed by jose. */
  jwksUrl?: string;
  /** Accepted `alg` values; default `HS256` with a secret, `RS256`/`ES256` with a JWKS. */
  algorithms?: string[];
  /** Accepted clock skew for `exp`/`nbf`/`iat`, in seconds (default 5). */
  clockToleranceSec?: number;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

const ASYMMETRIC = ['RS256', 'ES256'];

/** A fixed phrase for each way a token can be refused; never text from the token itself. */
function refusalReason(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'token expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `claim ${err.claim} check failed`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (err instanceof errors.JOSENotSupported) return 'algorithm not supported';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'signature not valid';
  if (err instanceof errors.JWKSNoMatchingKey) return 'no matching key';
  return 'malformed token';
}

/** Key-set failures that say nothing about the token: the identity provider is unreachable. */
function isKeySetOutage(err: unknown): boolean {
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) return true;
  return !(err instanceof errors.JOSEError);
}

/**
 * Verify a compact JWS bearer token: signature with an allowed algorithm only (`none` and any
 * other algorithm are refused), issuer, audience, `exp` (required) within the clock tolerance,
 * then the role's claims. Throws AUTH_INVALID (401) or AUTH_UNAVAILABLE (503).
 */
export function createTokenVerifier(opts: AuthOptions): TokenVerifier {
  const verifyOptions = {
    issuer: opts.issuer,
    audience: opts.audience,
    clockTolerance: opts.clockToleranceSec ?? 5,
    requiredClaims: ['exp', 'sub'],
  };
  let verify: (token: string) => Promise<JWTPayload>;
  if (opts.jwksUrl) {
    const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(opts.jwksUrl), {
      timeoutDuration: 3000,
      cooldownDuration: 30_000,
    });
    const algorithms = opts.algorithms ?? ASYMMETRIC;
    verify = async (token) =>
      (await jwtVerify(token, keys, { ...verifyOptions, algorithms })).payload;
  } else if (opts.secret) {
    const key = new TextEncoder().encode(opts.secret);
    const algorithms = opts.algorithms ?? ['HS256'];
    verify = async (token) =>
      (await jwtVerify(token, key, { ...verifyOptions, algorithms })).payload;
  } else {
    throw new Error('auth: either `secret` or `jwksUrl` is required');
  }

  return async (token) => {
    let claims: JWTPayload;
    try {
      claims = await verify(token);
    } catch (err) {
      if (opts.jwksUrl && isKeySetOutage(err)) throw new AuthUnavailable('key set unreachable');
      throw authInvalid(refusalReason(err));
    }
    const principal = principalFromClaims(claims);
    if ('refused' in principal) throw authInvalid(principal.refused);
    return principal;
  };
}
