import { type Static, Type } from '@sinclair/typebox';
import {
  AggregateVersion,
  City,
  CountryCode,
  Email,
  EntityId,
  Language,
  OccurredAt,
  SectorTags,
} from './common.js';
import { describe, EventObject } from './event-object.js';

const StartupId = describe(EntityId, 'The startup (aggregate id).');

// Topic startups.v1; key and subject: startupId.

export const StartupStage = Type.Union(
  [
    Type.Literal('idea'),
    Type.Literal('mvp'),
    Type.Literal('pilot'),
    Type.Literal('growth'),
    Type.Literal('scale'),
  ],
  { description: 'How far the startup has come.' },
);

export const NotificationPreference = Type.Union(
  [Type.Literal('each_match'), Type.Literal('daily_digest'), Type.Literal('unsubscribed')],
  { description: 'One email per match, a daily digest, or no email.' },
);

const startupProfile = {
  startupId: StartupId,
  name: Type.String({ minLength: 1, maxLength: 200, description: 'Display name.' }),
  description: Type.String({ maxLength: 20000, description: 'Plain text, any language.' }),
  sectors: SectorTags,
  country: CountryCode,
  city: describe(City, 'Where the startup is based.'),
  languages: Type.Array(Language, {
    minItems: 1,
    maxItems: 4,
    uniqueItems: true,
    description: 'Languages the startup works in.',
  }),
  preferredLanguage: describe(Language, 'The language its emails are written in.'),
  stage: StartupStage,
  contactEmail: describe(Email, 'Where notifications go; public reads never expose it.'),
  notificationPreference: NotificationPreference,
  version: AggregateVersion,
  occurredAt: OccurredAt,
};

export const StartupRegisteredData = EventObject(startupProfile, {
  title: 'startup.registered',
  description: 'A startup registered: its full profile.',
});
export type StartupRegisteredData = Static<typeof StartupRegisteredData>;

export const StartupUpdatedData = EventObject(startupProfile, {
  title: 'startup.updated',
  description: 'A startup profile changed: the full profile as it now is (state transfer).',
});
export type StartupUpdatedData = Static<typeof StartupUpdatedData>;

export const StartupDeactivatedData = EventObject(
  {
    startupId: StartupId,
    version: AggregateVersion,
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'Why, free text.' })),
    occurredAt: OccurredAt,
  },
  {
    title: 'startup.deactivated',
    description: 'A startup was deactivated: it leaves every shortlist and gets no more email.',
  },
);
export type StartupDeactivatedData = Static<typeof StartupDeactivatedData>;
