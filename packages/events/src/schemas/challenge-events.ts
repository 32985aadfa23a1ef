import { type Static, type TSchema, Type } from '@sinclair/typebox';
import {
  AggregateVersion,
  City,
  CountryCode,
  DateTime,
  EntityId,
  Language,
  OccurredAt,
  SectorTags,
} from './common.js';
import { describe, EventObject } from './event-object.js';

const ChallengeId = describe(EntityId, 'The challenge (aggregate id).');
const OrgId = describe(EntityId, 'The organisation that owns it.');

// Topic challenges.v1; key and subject: challengeId.

export const OrgKind = Type.Union(
  [
    Type.Literal('municipality'),
    Type.Literal('municipal_union'),
    Type.Literal('innovation_centre'),
    Type.Literal('science_park'),
  ],
  { description: 'The kind of organisation that owns the challenge.' },
);

export const ChallengeStatus = Type.Union(
  [Type.Literal('draft'), Type.Literal('published'), Type.Literal('closed')],
  { description: 'Lifecycle status of the challenge.' },
);

function challengeSnapshot<S extends TSchema>(status: S) {
  return {
    challengeId: ChallengeId,
    orgId: OrgId,
    orgName: Type.String({ minLength: 1, maxLength: 200, description: 'Display name of the org.' }),
    orgKind: OrgKind,
    title: Type.String({ minLength: 1, maxLength: 300, description: 'In `language`.' }),
    description: Type.String({ maxLength: 20000, description: 'Plain text, in `language`.' }),
    sectors: SectorTags,
    city: describe(City, 'Where the challenge is.'),
    country: CountryCode,
    language: Language,
    deadline: Type.Union([DateTime, Type.Null()], { description: 'Closing date, or null.' }),
    status,
    version: AggregateVersion,
    occurredAt: OccurredAt,
  };
}

export const ChallengePublishedData = EventObject(challengeSnapshot(Type.Literal('published')), {
  title: 'challenge.published',
  description: 'A challenge was published: the full challenge as it now is.',
});
export type ChallengePublishedData = Static<typeof ChallengePublishedData>;

export const ChallengeUpdatedData = EventObject(challengeSnapshot(ChallengeStatus), {
  title: 'challenge.updated',
  description: 'A challenge changed: the full challenge as it now is (state transfer).',
});
export type ChallengeUpdatedData = Static<typeof ChallengeUpdatedData>;

export const ChallengeClosedData = EventObject(
  {
    challengeId: ChallengeId,
    orgId: OrgId,
    version: AggregateVersion,
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Why, free text.' })),
    occurredAt: OccurredAt,
  },
  {
    title: 'challenge.closed',
    description: 'A challenge closed: it leaves every shortlist and causes no more emails.',
  },
);
export type ChallengeClosedData = Static<typeof ChallengeClosedData>;
