import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring unsubscribe tokens: `<payload>.<signature>`, both base64url, where the
 * payload is `{"s":startupId,"e":expiresAtUnixSeconds}` and the signature is HMAC-SHA256 over
 * a purpose label and the encoded payload. The startup id is inside the signed bytes, so a
 * token cannot be re-pointed at another startup; the label keeps tokens signed with the same
 * secret for another purpose from being accepted here.
 */

export interface UnsubscribeClaims {
  startupId: string;
  expiresAt: Date;
}

export type UnsubscribeTokenCheck =
  | { ok: true; startupId: string; expiresAt: Date }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

export type TokenSecret = string | Buffer;

const PURPOSE = 'citymatch.unsubscribe.v1.';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** Shorter secrets are refused: a guessable key would let anyone unsubscribe anyone. */
export const MIN_SECRET_BYTES = 16;

function checkedKey(secret: TokenSecret): Buffer {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  if (key.length < MIN_SECRET_BYTES) {
    throw new RangeError(`unsubscribe token secret must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  return key;
}

function sign(encodedPayload: string, key: Buffer): string {
  return createHmac('sha256', key).update(PURPOSE).update(encodedPayload).digest('base64url');
}

export function signUnsubscribeToken(claims: UnsubscribeClaims, secret: TokenSecret): string {
  const expiresAtMs = claims.expiresAt.getTime();
  if (claims.startupId.length === 0) throw new RangeError('startupId must not be empty');
  if (!Number.isFinite(expiresAtMs)) throw new RangeError('expiresAt must be a valid date');
  const payload = JSON.stringify({ s: claims.startupId, e: Math.floor(expiresAtMs / 1000) });
  const encoded = Buffer.from(payload, 'utf8').toString('base64url');
  return `${encoded}.${sign(encoded, checkedKey(secret))}`;
}

function readClaims(encodedPayload: string): { s: string; e: number } | null {
  try {
    const claims: unknown = JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8'));
    if (typeof claims !== 'object' || claims === null) return null;
    const { s, e } = claims as Record<string, unknown>;
    if (
      typeof s !== 'string' ||
      s.length === 0 ||
      typeof e !== 'number' ||
      !Number.isSafeInteger(e)
    ) {
      return null;
    }
    return { s, e };
  } catch {
    return null;
  }
}

/**
 * Checks the signature (in constant time, before reading the payload), then the expiry:
 * a token is expired from `expiresAt` on.
 */
export function verifyUnsubscribeToken(
  token: string,
  secret: TokenSecret,
  now: Date,
): UnsubscribeTokenCheck {
  const key = checkedKey(secret);
  const parts = token.split('.');
  const [encodedPayload, signature] = parts;
  if (
    parts.length !== 2 ||
    encodedPayload === undefined ||
    signature === undefined ||
    !BASE64URL.test(encodedPayload) ||
    !BASE64URL.test(signature)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const expected = Buffer.from(sign(encodedPayload, key), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  const claims = readClaims(encodedPayload);
  if (claims === null) return { ok: false, reason: 'malformed' };
  const expiresAt = new Date(claims.e * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, startupId: claims.s, expiresAt };
}
