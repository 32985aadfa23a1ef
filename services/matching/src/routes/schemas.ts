import { City, CountryCode, DateTime, EntityId, MatchReason } from '@citymatch/events';
import { type Static, Type } from '@sinclair/typebox';

// HTTP schemas. Responses carry no contact details: matching never stores an email.

const strict = { additionalProperties: false } as const;

export const IdParams = Type.Object({ id: EntityId }, strict);

const Score = Type.Number({ minimum: 0, maximum: 1, description: 'Normalized score, 0..1' });
const Rank = Type.Integer({ minimum: 1, description: '1 is the best' });
const Reasons = Type.Array(MatchReason, { description: 'Why: which tags met, how strongly' });

export const ShortlistResponse = Type.Object(
  {
    challengeId: EntityId,
    status: Type.Union([Type.Literal('draft'), Type.Literal('published'), Type.Literal('closed')]),
    version: Type.Integer({ minimum: 0, description: 'Shortlist version (shortlist.updated)' }),
    entries: Type.Array(
      Type.Object(
        { rank: Rank, startupId: EntityId, name: Type.String(), score: Score, reasons: Reasons },
        strict,
      ),
      { description: 'Best first; empty once the challenge closed' },
    ),
  },
  strict,
);

export const MatchesResponse = Type.Object(
  {
    startupId: EntityId,
    items: Type.Array(
      Type.Object(
        {
          challengeId: EntityId,
          title: Type.String(),
          orgName: Type.String(),
          city: City,
          country: CountryCode,
          deadline: Type.Union([DateTime, Type.Null()]),
          rank: Rank,
          score: Score,
          reasons: Reasons,
        },
        strict,
      ),
      { description: 'Open challenges whose shortlist holds the startup, best score first' },
    ),
  },
  strict,
);

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { description: 'RFC 9457 problem details (application/problem+json)' },
);

export type IdParams = Static<typeof IdParams>;
export type ShortlistResponse = Static<typeof ShortlistResponse>;
export type MatchesResponse = Static<typeof MatchesResponse>;
