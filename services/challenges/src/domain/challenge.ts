import type { ChallengeStatus, Language, OrgKind } from '@citymatch/events';
import type { Static } from '@sinclair/typebox';

export type OrgKindValue = Static<typeof OrgKind>;
export type ChallengeStatusValue = Static<typeof ChallengeStatus>;

/** A challenge as the domain sees it (the store adds its outbox fields). */
export interface Challenge {
  id: string;
  orgId: string;
  orgName: string;
  orgKind: OrgKindValue;
  title: string;
  description: string;
  sectors: string[];
  /** `tagKey` of each sector: what a sector filter compares. */
  sectorKeys: string[];
  city: string;
  country: string;
  language: Language;
  deadline: string | null;
  contactEmail: string;
  status: ChallengeStatusValue;
  /** 1 when created, one more per change: the ETag and the events' version. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What an author writes; every field of a new challenge. */
export interface ChallengeInput {
  title: string;
  description: string;
  sectors: string[];
  city: string;
  country: string;
  language: Language;
  deadline?: string | null;
  contactEmail: string;
}

export type ChallengePatch = Partial<ChallengeInput>;
