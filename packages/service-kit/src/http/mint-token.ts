import { SignJWT } from 'jose';
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, resolveJwtSecret } from './jwt-config.js';
import type { Role } from './principal.js';

export interface MintTokenOptions {
  role: Role;
  /** Organisation id; required for `municipality`. */
  org?: string;
  /** Startup id; required for `startup`. */
  startup?: string;
  /** Subject; default `<role>:<org|startup|admin>` (the role's own tenant). */
  sub?: string;
  /** Lifetime: seconds, or a jose time span such as `15m`, `1h`, `2d` (default `1h`). */
  ttl?: number | string;
  /** Default `JWT_SECRET` from the environment, else the development secret. */
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Read for `JWT_SECRET`, `JWT_ISSUER`, `JWT_AUDIENCE` and `NODE_ENV` (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Mint an HS256 token the services accept in local runs, demos and tests. The development
 * secret is refused when NODE_ENV=production; production tokens come from the identity
 * provider (JWKS), never from here.
 */
export async function mintToken(opts: MintTokenOptions): Promise<string> {
  const env = opts.env ?? process.env;
  if (opts.role === 'municipality' && !opts.org) throw new Error('a municipality token needs org');
  if (opts.role === 'startup' && !opts.startup) throw new Error('a startup token needs startup');
  const secret = resolveJwtSecret(opts.secret ?? env.JWT_SECRET, env);
  const claims: Record<string, string> = { role: opts.role };
  let tenant = 'admin';
  if (opts.role === 'municipality' && opts.org) tenant = claims['org'] = opts.org;
  if (opts.role === 'startup' && opts.startup) tenant = claims['startup'] = opts.startup;
  const ttl = opts.ttl ?? '1h';
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(opts.sub ?? `${opts.role}:${tenant}`)
    .setIssuer(opts.issuer ?? env.JWT_ISSUER ?? DEFAULT_JWT_ISSUER)
    .setAudience(opts.audience ?? env.JWT_AUDIENCE ?? DEFAULT_JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(typeof ttl === 'number' ? Math.floor(Date.now() / 1000) + ttl : ttl)
    .sign(new TextEncoder().encode(secret));
}
