import { canEditStartup, type Principal } from '@citymatch/service-kit';
import type { Startup } from './startup.js';

/** May `reader` see this profile's contact details and its deactivated state? */
export function mayManage(s: Pick<Startup, 'id'>, reader: Principal | null): boolean {
  return canEditStartup(reader, s.id);
}

/** A profile as a reader sees it: the contact email only for the startup itself and admin. */
export function startupView(s: Startup, reader: Principal | null) {
  const { sectorKeys: _k, searchText: _t, contactEmail, ...rest } = s;
  return mayManage(s, reader) ? { ...rest, contactEmail } : rest;
}

/** A profile in a list: lists are public pages, so never the contact email. */
export function startupListItem(s: Startup) {
  const { sectorKeys: _k, searchText: _t, contactEmail: _e, ...rest } = s;
  return rest;
}
