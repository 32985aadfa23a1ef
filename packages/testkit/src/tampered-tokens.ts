import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, DEV_JWT_SECRET } from '@citymatch/service-kit';
import { SignJWT } from 'jose';

const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/**
 * Tokens every protected route must refuse with 401, each built from `claims` (a role the route
 * would admit): alg none, another key, expired, not yet valid, wrong issuer and audience, no role,
 * an unknown role, a signature cut off, a payload swapped under a valid signature.
 */
export async function tamperedTokens(claims: Record<string, string>): Promise<[string, string][]> {
  const sign = (
    over: { secret?: string; exp?: number; nbf?: number; iss?: string; aud?: string } = {},
    c: Record<string, string> = claims,
  ) => {
    const jwt = new SignJWT(c)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(`${c['role'] ?? 'none'}:tampered`)
      .setIssuer(over.iss ?? DEFAULT_JWT_ISSUER)
      .setAudience(over.aud ?? DEFAULT_JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(over.exp ?? now() + 3600);
    if (over.nbf !== undefined) jwt.setNotBefore(over.nbf);
    return jwt.sign(new TextEncoder().encode(over.secret ?? DEV_JWT_SECRET));
  };
  const valid = await sign();
  const [header, , signature] = valid.split('.');
  const body = {
    ...claims,
    role: 'admin',
    sub: 'admin:tampered',
    iss: DEFAULT_JWT_ISSUER,
    aud: DEFAULT_JWT_AUDIENCE,
    exp: now() + 3600,
  };
  const { role: _role, ...withoutRole } = claims;
  return [
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(body)}.`],
    ['alg none, signature kept', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(body)}.${signature}`],
    ['another key', await sign({ secret: 'another-secret-0123456789abcdef' })],
    ['expired', await sign({ exp: now() - 3600 })],
    ['not yet valid', await sign({ nbf: now() + 3600 })],
    ['another issuer', await sign({ iss: 'someone-else' })],
    ['another audience', await sign({ aud: 'another-api' })],
    ['no role', await sign({}, withoutRole)],
    ['unknown role', await sign({}, { ...claims, role: 'superuser' })],
    ['signature cut off', valid.slice(0, valid.lastIndexOf('.') + 1)],
    ['payload swapped for admin', `${header}.${b64(body)}.${signature}`],
    ['HS256 header on an RS256 claim', `${b64({ alg: 'RS256' })}.${b64(body)}.${signature}`],
  ];
}
