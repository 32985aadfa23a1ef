import { ChallengeStatus, City, CountryCode, EntityId, Language, OrgKind } from '@citymatch/events';
import { MAX_TAG_LENGTH, MAX_TAGS } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

// HTTP schemas. Every object refuses unknown properties; every string and list is bounded, and
// the bounds fit the event schemas so that whatever a route accepts fits in an event.

const strict = { additionalProperties: false } as const;

export const IdParams = Type.Object({ id: EntityId }, strict);
export const OrgIdParams = Type.Object({ orgId: EntityId }, strict);

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 200, description: 'The ETag you read (required on PATCH)' }),
  ),
});

const Title = Type.String({ minLength: 1, maxLength: 300, description: 'In `language`' });
const Description = Type.String({ maxLength: 20000, description: 'Plain text, in `language`' });
const Sectors = Type.Array(Type.String({ minLength: 1, maxLength: MAX_TAG_LENGTH }), {
  minItems: 1,
  maxItems: MAX_TAGS,
  description: 'Sector tags as written, in any language; trimmed and de-duplicated',
});
const Deadline = Type.Union([Type.String({ format: 'date-time', maxLength: 40 }), Type.Null()], {
  description: 'RFC 3339 date-time with a zone, or null',
});
const ContactEmail = Type.String({
  format: 'email',
  maxLength: 254,
  description: 'Never shown in public reads',
});

const challengeFields = {
  title: Title,
  description: Description,
  sectors: Sectors,
  city: City,
  country: CountryCode,
  language: Language,
  deadline: Deadline,
  contactEmail: ContactEmail,
};

export const CreateChallengeBody = Type.Object(
  { ...challengeFields, deadline: Type.Optional(Deadline) },
  strict,
);
export type CreateChallengeBody = Static<typeof CreateChallengeBody>;

export const PatchChallengeBody = Type.Partial(Type.Object(challengeFields), {
  ...strict,
  minProperties: 1,
});
export type PatchChallengeBody = Static<typeof PatchChallengeBody>;

export const CloseChallengeBody = Type.Optional(
  Type.Object({ reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) }, strict),
);

const publicChallenge = {
  id: EntityId,
  orgId: EntityId,
  orgName: Type.String(),
  orgKind: OrgKind,
  title: Type.String(),
  description: Type.String(),
  sectors: Type.Array(Type.String()),
  city: Type.String(),
  country: Type.String(),
  language: Language,
  deadline: Type.Union([Type.String(), Type.Null()]),
  status: ChallengeStatus,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};

export const ChallengeResponse = Type.Object(
  {
    ...publicChallenge,
    contactEmail: Type.Optional(
      Type.String({ description: "Only for the challenge's own organisation and admin" }),
    ),
  },
  strict,
);

export const ChallengeListQuery = Type.Object(
  {
    sector: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_TAG_LENGTH })),
    city: Type.Optional(City),
    country: Type.Optional(CountryCode),
    status: Type.Optional(ChallengeStatus),
    language: Type.Optional(Language),
    orgId: Type.Optional(EntityId),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  strict,
);
export type ChallengeListQuery = Static<typeof ChallengeListQuery>;

export const ChallengeListResponse = Type.Object(
  {
    items: Type.Array(Type.Object(publicChallenge, strict)),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` for the next page; null on the last page',
    }),
  },
  strict,
);

const Languages = Type.Array(Language, { minItems: 1, maxItems: 4, uniqueItems: true });
const orgFields = {
  kind: OrgKind,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  country: CountryCode,
  city: City,
  languages: Languages,
};

export const CreateOrganisationBody = Type.Object({ id: EntityId, ...orgFields }, strict);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBody>;

export const PatchOrganisationBody = Type.Partial(Type.Object(orgFields), {
  ...strict,
  minProperties: 1,
});
export type PatchOrganisationBody = Static<typeof PatchOrganisationBody>;

export const OrganisationResponse = Type.Object(
  {
    id: EntityId,
    ...orgFields,
    version: Type.Integer(),
    createdAt: Type.String(),
    updatedAt: Type.String(),
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
export type OrgIdParams = Static<typeof OrgIdParams>;
export type IfMatchHeaders = Static<typeof IfMatchHeaders>;
export type ChallengeResponse = Static<typeof ChallengeResponse>;
export type CloseChallengeBody = Static<typeof CloseChallengeBody>;
