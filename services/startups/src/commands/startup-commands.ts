import { assertCanEditStartup, type Principal, tagKey } from '@citymatch/service-kit';
import { decodeCursor, encodeCursor } from '../domain/cursor.js';
import { deactivateStartup } from '../domain/deactivate-startup.js';
import { mayManage } from '../domain/public-view.js';
import { registerStartup } from '../domain/register-startup.js';
import type { Startup, StartupInput, StartupPatch } from '../domain/startup.js';
import { updateStartup } from '../domain/update-startup.js';
import { StartupNotFound } from '../errors.js';
import type { StartupStore } from '../store/startup-store.js';
import { checkIfMatch } from './if-match.js';

export interface ListParams {
  q?: string;
  sector?: string;
  country?: string;
  city?: string;
  language?: Startup['preferredLanguage'];
  stage?: Startup['stage'];
  status?: Startup['status'];
  limit: number;
  cursor?: string;
}

const now = () => new Date().toISOString();

/** Who may see which profiles in a list: active ones; admin sees deactivated ones too. */
function visibleTo(reader: Principal | null) {
  return reader?.role === 'admin' ? {} : { status: 'active' };
}

/** The use cases of startup profiles: who may do what, then one domain decision and one write. */
export function startupCommands(startups: StartupStore) {
  return {
    register(who: Principal | null, id: string, input: StartupInput) {
      assertCanEditStartup(who, id);
      return startups.insert(registerStartup(id, input, now()));
    },

    /** A deactivated profile is not found for anyone but the startup itself and admin. */
    async get(who: Principal | null, id: string) {
      const s = await startups.get(id);
      if (!s || (s.status !== 'active' && !mayManage(s, who))) throw new StartupNotFound(id);
      return s;
    },

    update(who: Principal | null, id: string, ifMatch: string | undefined, patch: StartupPatch) {
      assertCanEditStartup(who, id);
      return startups.change(id, (s) => {
        checkIfMatch(ifMatch, s.version, { required: true });
        return updateStartup(s, patch, now());
      });
    },

    deactivate(who: Principal | null, id: string, ifMatch: string | undefined, reason?: string) {
      assertCanEditStartup(who, id);
      return startups.change(id, (s) => {
        checkIfMatch(ifMatch, s.version, { required: false });
        return deactivateStartup(s, now(), reason);
      });
    },

    async list(who: Principal | null, p: ListParams) {
      const text = p.q === undefined ? '' : tagKey(p.q);
      const items = await startups.list({
        visible: visibleTo(who),
        ...(p.status && { status: p.status }),
        ...(text && { text }),
        ...(p.sector && { sectorKey: tagKey(p.sector) }),
        ...(p.country && { country: p.country }),
        ...(p.city && { city: p.city.normalize('NFC').trim() }),
        ...(p.language && { language: p.language }),
        ...(p.stage && { stage: p.stage }),
        ...(p.cursor && { after: decodeCursor(p.cursor) }),
        limit: p.limit + 1,
      });
      const page = items.slice(0, p.limit);
      const last = page.at(-1);
      const more = items.length > p.limit && last !== undefined;
      return { items: page, nextCursor: more ? encodeCursor(last.id) : null };
    },
  };
}

export type StartupCommands = ReturnType<typeof startupCommands>;
