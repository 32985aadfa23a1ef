import type { EventEnvelope, MatchReason } from '@citymatch/events';
import type { OutboxFields } from '@citymatch/service-kit';

/** One startup on a stored shortlist, with the reasons shown to the municipality. */
export interface ShortlistEntryDoc {
  startupId: string;
  score: number;
  rank: number;
  reasons: MatchReason[];
}

/**
 * Matching's read model of a challenge and, in the same document, its shortlist, the pairs
 * already announced with match.found, and the outbox of the events a change causes: a
 * shortlist change and its events are one single-document write.
 */
export interface ChallengeDoc extends OutboxFields {
  _id: string;
  /** The challenges.v1 version applied last: an older or repeated event changes nothing. */
  version: number;
  /** `published` takes part in matching; `draft` and `closed` do not; `closed` is final. */
  status: 'draft' | 'published' | 'closed';
  orgId: string;
  orgName: string;
  title: string;
  sectors: string[];
  city: string;
  country: string;
  language: string;
  deadline: string | null;
  shortlist: ShortlistEntryDoc[];
  /** Version of the shortlist, bumped with every shortlist.updated. */
  shortlistVersion: number;
  /** Startups already announced by match.found: once per (challenge, startup), forever. */
  announced: string[];
  updatedAt: Date;
}

export type ChallengeFields = Omit<ChallengeDoc, keyof OutboxFields>;
export type PendingEvents = EventEnvelope[];
