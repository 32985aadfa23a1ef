import type { Language } from '@citymatch/events';
import type { OrgKindValue } from './challenge.js';
import { cleanText } from './clean-text.js';

/** A municipality or a body acting for municipalities; it owns challenges. */
export interface Organisation {
  id: string;
  kind: OrgKindValue;
  name: string;
  country: string;
  city: string;
  languages: Language[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type OrganisationInput = Pick<
  Organisation,
  'kind' | 'name' | 'country' | 'city' | 'languages'
>;

function cleanOrgPatch(patch: Partial<OrganisationInput>): Partial<OrganisationInput> {
  const out: Partial<OrganisationInput> = {};
  if (patch.kind !== undefined) out.kind = patch.kind;
  if (patch.name !== undefined) out.name = cleanText(patch.name, 'name');
  if (patch.country !== undefined) out.country = patch.country;
  if (patch.city !== undefined) out.city = cleanText(patch.city, 'city');
  if (patch.languages !== undefined) out.languages = [...new Set(patch.languages)];
  return out;
}

export function createOrganisation(id: string, input: OrganisationInput, now: string) {
  return {
    id,
    ...input,
    ...cleanOrgPatch(input),
    version: 1,
    createdAt: now,
    updatedAt: now,
  } satisfies Organisation;
}

export function updateOrganisation(
  current: Organisation,
  patch: Partial<OrganisationInput>,
  now: string,
): Organisation {
  return { ...current, ...cleanOrgPatch(patch), version: current.version + 1, updatedAt: now };
}
