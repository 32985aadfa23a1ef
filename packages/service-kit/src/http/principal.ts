import type { JWTPayload } from 'jose';
import { authMissing, ForbiddenTenant } from './auth-errors.js';

export const ROLES = ['municipality', 'startup', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as proven by a verified token. */
export interface Principal {
  sub: string;
  role: Role;
  /** The organisation a municipality token acts for. */
  org?: string;
  /** The startup a startup token acts for. */
  startup?: string;
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * The principal a verified claims set describes, or a reason it describes none: an unknown
 * role, a municipality without `org`, a startup without `startup`.
 */
export function principalFromClaims(claims: JWTPayload): Principal | { refused: string } {
  const { sub, role } = claims;
  if (!nonEmpty(sub)) return { refused: 'no subject' };
  if (!isRole(role)) return { refused: 'unknown role' };
  if (role === 'municipality') {
    return nonEmpty(claims['org'])
      ? { sub, role, org: claims['org'] }
      : { refused: 'no org claim' };
  }
  if (role === 'startup') {
    return nonEmpty(claims['startup'])
      ? { sub, role, startup: claims['startup'] }
      : { refused: 'no startup claim' };
  }
  return { sub, role };
}

/** May this principal change the organisation `orgId` and its challenges? Admin may change all. */
export function canEditOrg(principal: Principal | null, orgId: string): boolean {
  if (!principal) return false;
  return (
    principal.role === 'admin' || (principal.role === 'municipality' && principal.org === orgId)
  );
}

/** May this principal change the startup profile `startupId`? Admin may change all. */
export function canEditStartup(principal: Principal | null, startupId: string): boolean {
  if (!principal) return false;
  return (
    principal.role === 'admin' || (principal.role === 'startup' && principal.startup === startupId)
  );
}

/** Throw AUTH_MISSING (401) without a principal, FORBIDDEN_TENANT (403) unless `canEditOrg`. */
export function assertCanEditOrg(principal: Principal | null, orgId: string): void {
  if (!principal) throw authMissing('no bearer token');
  if (!canEditOrg(principal, orgId)) throw new ForbiddenTenant(`organisation ${orgId}`);
}

/** Throw AUTH_MISSING (401) without a principal, FORBIDDEN_TENANT (403) unless `canEditStartup`. */
export function assertCanEditStartup(principal: Principal | null, startupId: string): void {
  if (!principal) throw authMissing('no bearer token');
  if (!canEditStartup(principal, startupId)) throw new ForbiddenTenant(`startup ${startupId}`);
}
