import { assertCanEditOrg, type Principal } from '@citymatch/service-kit';
import {
  createOrganisation,
  type OrganisationInput,
  updateOrganisation,
} from '../domain/organisation.js';
import { OrganisationNotFound } from '../errors.js';
import type { OrganisationStore } from '../store/organisation-store.js';
import { checkIfMatch } from './if-match.js';

const now = () => new Date().toISOString();

/** Organisations: admin registers any; a municipality token registers and edits its own. */
export function organisationCommands(orgs: OrganisationStore) {
  return {
    create(who: Principal | null, id: string, input: OrganisationInput) {
      assertCanEditOrg(who, id);
      return orgs.insert(createOrganisation(id, input, now()));
    },

    async get(id: string) {
      const org = await orgs.get(id);
      if (!org) throw new OrganisationNotFound(id);
      return org;
    },

    update(
      who: Principal | null,
      id: string,
      ifMatch: string | undefined,
      patch: Partial<OrganisationInput>,
    ) {
      assertCanEditOrg(who, id);
      return orgs.change(id, (org) => {
        checkIfMatch(ifMatch, org.version, { required: true });
        return updateOrganisation(org, patch, now());
      });
    },
  };
}

export type OrganisationCommands = ReturnType<typeof organisationCommands>;
