import {
  City,
  CountryCode,
  EntityId,
  LANGUAGES,
  Language,
  NotificationPreference,
  StartupStage,
} from '@citymatch/events';
import { MAX_TAG_LENGTH, MAX_TAGS } from '@citymatch/service-kit';
import { type Static, Type } from '@sinclair/typebox';

// HTTP schemas. Every object refuses unknown properties; every string and list is bounded, and
// the bounds fit the event schemas so that whatever a route accepts fits in an event.

const strict = { additionalProperties: false } as const;

export const IdParams = Type.Object({ id: EntityId }, strict);
export type IdParams = Static<typeof IdParams>;

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 200, description: 'The ETag you read (required on PATCH)' }),
  ),
});
export type IfMatchHeaders = Static<typeof IfMatchHeaders>;

const Status = Type.Union([Type.Literal('active'), Type.Literal('deactivated')]);

const profileFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 20000, description: 'Plain text, any language' }),
  sectors: Type.Array(Type.String({ minLength: 1, maxLength: MAX_TAG_LENGTH }), {
    minItems: 1,
    maxItems: MAX_TAGS,
    description: 'Sector tags as written, in any language; trimmed and de-duplicated',
  }),
  country: CountryCode,
  city: City,
  languages: Type.Array(Language, { minItems: 1, maxItems: 4, uniqueItems: true }),
  preferredLanguage: Type.Union(
    LANGUAGES.map((l) => Type.Literal(l)),
    { description: 'One of `languages`: the language its emails are written in' },
  ),
  stage: StartupStage,
  contactEmail: Type.String({
    format: 'email',
    maxLength: 254,
    description: 'Where notifications go; never shown in public reads',
  }),
  notificationPreference: NotificationPreference,
};

export const RegisterStartupBody = Type.Object({ id: EntityId, ...profileFields }, strict);
export type RegisterStartupBody = Static<typeof RegisterStartupBody>;

export const PatchStartupBody = Type.Partial(Type.Object(profileFields), {
  ...strict,
  minProperties: 1,
});
export type PatchStartupBody = Static<typeof PatchStartupBody>;

export const DeactivateBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  strict,
);
export type DeactivateBody = Static<typeof DeactivateBody>;

const publicProfile = {
  id: EntityId,
  name: Type.String(),
  description: Type.String(),
  sectors: Type.Array(Type.String()),
  country: Type.String(),
  city: Type.String(),
  languages: Type.Array(Language),
  preferredLanguage: Language,
  stage: StartupStage,
  notificationPreference: NotificationPreference,
  status: Status,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};

export const StartupResponse = Type.Object(
  {
    ...publicProfile,
    contactEmail: Type.Optional(
      Type.String({ description: 'Only for the startup itself and admin' }),
    ),
  },
  strict,
);

export const StartupListQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Words in name or description' }),
    ),
    sector: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_TAG_LENGTH })),
    country: Type.Optional(CountryCode),
    city: Type.Optional(City),
    language: Type.Optional(Language),
    stage: Type.Optional(StartupStage),
    status: Type.Optional(Status),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  strict,
);
export type StartupListQuery = Static<typeof StartupListQuery>;

export const StartupListResponse = Type.Object(
  {
    items: Type.Array(Type.Object(publicProfile, strict)),
    nextCursor: Type.Union([Type.String(), Type.Null()], {
      description: 'Pass as `cursor` for the next page; null on the last page',
    }),
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
