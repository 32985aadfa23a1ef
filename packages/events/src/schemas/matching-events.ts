import { type Static, Type } from '@sinclair/typebox';
import { MATCH_ID_PATTERN } from '../match-id.js';
import {
  AggregateVersion,
  City,
  CountryCode,
  DateTime,
  EntityId,
  Language,
  OccurredAt,
} from './common.js';
import { describe, EventObject } from './event-object.js';

// Topic matching.v1; key: challengeId (the aggregate is the challenge's shortlist, so one
// challenge's match.found and shortlist.updated events stay in order).

/**
 * The longest shortlist the contract carries. A deployment keeps SHORTLIST_SIZE of them
 * (matching's setting, 100 by default); consumers accept up to this many.
 */
export const SHORTLIST_MAX_ENTRIES = 200;

export const MatchRelation = Type.Union(
  [
    Type.Literal('exact'),
    Type.Literal('parent'),
    Type.Literal('child'),
    Type.Literal('sibling'),
    Type.Literal('free'),
    Type.Literal('city'),
    Type.Literal('country'),
    Type.Literal('language'),
  ],
  {
    description:
      'How the two sides relate: sector taxonomy (exact, parent, child, sibling), equal free ' +
      'tags (free), or an adjustment (city, country, language).',
  },
);

export const MatchReason = EventObject(
  {
    challengeTag: Type.String({
      maxLength: 200,
      description: "The challenge's tag as written (or its city/country/language).",
    }),
    startupTag: Type.String({
      maxLength: 200,
      description: "The startup's tag as written (or its city/country/language).",
    }),
    sectorId: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()], {
      description: 'Canonical sector id; the normalized tag for free; null for adjustments.',
    }),
    relation: MatchRelation,
    strength: Type.Number({ minimum: 0, maximum: 1, description: 'Match strength, 0..1.' }),
    weight: Type.Number({ description: 'Weight of this reason in the score (e.g. IDF).' }),
  },
  { title: 'MatchReason', description: 'One explained contribution to the score.' },
);
export type MatchReason = Static<typeof MatchReason>;

export const MatchFoundData = EventObject(
  {
    matchId: Type.String({
      pattern: MATCH_ID_PATTERN,
      description: '`<challengeId>:<startupId>` (matchIdFor).',
    }),
    challengeId: describe(EntityId, 'The challenge (the aggregate: message key).'),
    startupId: describe(EntityId, 'The matched startup.'),
    score: Type.Number({ minimum: 0, maximum: 1, description: 'Normalized score, 0..1.' }),
    rank: Type.Integer({ minimum: 1, description: "Position in the challenge's shortlist." }),
    reasons: Type.Array(MatchReason, { maxItems: 100 }),
    startupLanguage: describe(Language, "The startup's preferred language (emails use it)."),
    challengeTitle: Type.String({ minLength: 1, maxLength: 300, description: 'As written.' }),
    challengeLanguage: describe(Language, 'The language the challenge is written in.'),
    orgName: Type.String({ minLength: 1, maxLength: 200, description: 'Who owns the challenge.' }),
    city: describe(City, "The challenge's city."),
    country: describe(CountryCode, "The challenge's country (ISO 3166-1 alpha-2)."),
    deadline: Type.Union([DateTime, Type.Null()], {
      description: 'Challenge closing date, or null.',
    }),
    occurredAt: OccurredAt,
  },
  {
    title: 'match.found',
    description: 'A startup matches a published, open challenge; carries what an email needs.',
  },
);
export type MatchFoundData = Static<typeof MatchFoundData>;

export const ShortlistEntry = EventObject(
  {
    startupId: describe(EntityId, 'The startup.'),
    score: Type.Number({ minimum: 0, maximum: 1, description: 'Normalized score, 0..1.' }),
    rank: Type.Integer({ minimum: 1, description: '1 is the best.' }),
  },
  { title: 'ShortlistEntry', description: 'One startup on a shortlist.' },
);

export const ShortlistUpdatedData = EventObject(
  {
    challengeId: describe(EntityId, 'The challenge (aggregate id).'),
    entries: Type.Array(ShortlistEntry, {
      maxItems: SHORTLIST_MAX_ENTRIES,
      description: `The whole shortlist, best first, at most ${SHORTLIST_MAX_ENTRIES}; empty when closed.`,
    }),
    version: AggregateVersion,
    occurredAt: OccurredAt,
  },
  {
    title: 'shortlist.updated',
    description: "A challenge's shortlist changed: the whole shortlist as it now is.",
  },
);
export type ShortlistUpdatedData = Static<typeof ShortlistUpdatedData>;
