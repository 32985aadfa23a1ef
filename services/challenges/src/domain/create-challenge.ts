import type { Challenge, ChallengeInput } from './challenge.js';
import type { ChallengeChange } from './challenge-change.js';
import { cleanChallengePatch } from './clean-challenge-input.js';
import type { Organisation } from './organisation.js';

/** A new draft for `org`. A draft is private to its organisation: it causes no event. */
export function createChallenge(
  org: Organisation,
  input: ChallengeInput,
  id: string,
  now: string,
): ChallengeChange {
  const clean = cleanChallengePatch({ ...input, deadline: input.deadline ?? null });
  const challenge: Challenge = {
    id,
    orgId: org.id,
    orgName: org.name,
    orgKind: org.kind,
    title: clean.title!,
    description: clean.description!,
    sectors: clean.sectors!,
    sectorKeys: clean.sectorKeys!,
    city: clean.city!,
    country: clean.country!,
    language: clean.language!,
    deadline: clean.deadline ?? null,
    contactEmail: clean.contactEmail!,
    status: 'draft',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return { challenge, events: [] };
}
