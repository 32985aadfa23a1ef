import { assertCanEditOrg, type Principal, tagKey } from '@citymatch/service-kit';
import { ObjectId } from 'mongodb';
import type { Challenge, ChallengeInput, ChallengePatch } from '../domain/challenge.js';
import { closeChallenge } from '../domain/close-challenge.js';
import { createChallenge } from '../domain/create-challenge.js';
import { decodeCursor, encodeCursor } from '../domain/cursor.js';
import { mayManage } from '../domain/public-view.js';
import { publishChallenge } from '../domain/publish-challenge.js';
import { updateChallenge } from '../domain/update-challenge.js';
import { ChallengeNotFound, OrganisationNotFound } from '../errors.js';
import type { ChallengeStore } from '../store/challenge-store.js';
import type { OrganisationStore } from '../store/organisation-store.js';
import { checkIfMatch } from './if-match.js';

export interface ListParams {
  sector?: string;
  city?: string;
  country?: string;
  status?: Challenge['status'];
  language?: Challenge['language'];
  orgId?: string;
  limit: number;
  cursor?: string;
}

const now = () => new Date().toISOString();
const PUBLIC = { status: { $in: ['published', 'closed'] } };

/** Which challenges a reader may list: public ones, plus its own organisation's drafts. */
function visibleTo(reader: Principal | null): Record<string, unknown> {
  if (reader?.role === 'admin') return {};
  if (reader?.role === 'municipality') return { $or: [PUBLIC, { orgId: reader.org }] };
  return PUBLIC;
}

/** The use cases of challenges: who may do what, then one domain decision and one write. */
export function challengeCommands(challenges: ChallengeStore, orgs: OrganisationStore) {
  return {
    async create(who: Principal | null, orgId: string, input: ChallengeInput) {
      assertCanEditOrg(who, orgId);
      const org = await orgs.get(orgId);
      if (!org) throw new OrganisationNotFound(orgId);
      return challenges.insert(createChallenge(org, input, new ObjectId().toHexString(), now()));
    },

    /** A draft is not found for anyone but its organisation and admin. */
    async get(who: Principal | null, id: string) {
      const c = await challenges.get(id);
      if (!c || (c.status === 'draft' && !mayManage(c, who))) throw new ChallengeNotFound(id);
      return c;
    },

    update(who: Principal | null, id: string, ifMatch: string | undefined, patch: ChallengePatch) {
      return challenges.change(id, (c) => {
        assertCanEditOrg(who, c.orgId);
        checkIfMatch(ifMatch, c.version, { required: true });
        return updateChallenge(c, patch, now());
      });
    },

    publish(who: Principal | null, id: string, ifMatch: string | undefined) {
      return challenges.change(id, (c) => {
        assertCanEditOrg(who, c.orgId);
        checkIfMatch(ifMatch, c.version, { required: false });
        return publishChallenge(c, now());
      });
    },

    close(who: Principal | null, id: string, ifMatch: string | undefined, reason?: string) {
      return challenges.change(id, (c) => {
        assertCanEditOrg(who, c.orgId);
        checkIfMatch(ifMatch, c.version, { required: false });
        return closeChallenge(c, now(), reason);
      });
    },

    async list(who: Principal | null, p: ListParams) {
      const items = await challenges.list({
        visible: visibleTo(who),
        ...(p.status && { status: p.status }),
        ...(p.sector && { sectorKey: tagKey(p.sector) }),
        ...(p.city && { city: p.city.normalize('NFC').trim() }),
        ...(p.country && { country: p.country }),
        ...(p.language && { language: p.language }),
        ...(p.orgId && { orgId: p.orgId }),
        ...(p.cursor && { after: decodeCursor(p.cursor) }),
        limit: p.limit + 1,
      });
      const page = items.slice(0, p.limit);
      const last = page.at(-1);
      return {
        items: page,
        nextCursor: items.length > p.limit && last ? encodeCursor(last.id) : null,
      };
    },
  };
}

export type ChallengeCommands = ReturnType<typeof challengeCommands>;
