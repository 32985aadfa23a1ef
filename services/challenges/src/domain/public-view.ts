import { canEditOrg, type Principal } from '@citymatch/service-kit';
import type { Challenge } from './challenge.js';

/** May `reader` see drafts and contact details of `c` (its organisation, or admin)? */
export function mayManage(c: Pick<Challenge, 'orgId'>, reader: Principal | null): boolean {
  return canEditOrg(reader, c.orgId);
}

/** A challenge as a reader sees it: the contact email only for its own organisation and admin. */
export function challengeView(c: Challenge, reader: Principal | null) {
  const { sectorKeys: _keys, contactEmail, ...rest } = c;
  return mayManage(c, reader) ? { ...rest, contactEmail } : rest;
}

/** A challenge in a list: lists are public pages, so never the contact email. */
export function challengeListItem(c: Challenge) {
  const { sectorKeys: _keys, contactEmail: _email, ...rest } = c;
  return rest;
}
