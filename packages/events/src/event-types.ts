import type { Static, TSchema } from '@sinclair/typebox';
import { matchIdFor } from './match-id.js';
import {
  ChallengeClosedData,
  ChallengePublishedData,
  ChallengeUpdatedData,
} from './schemas/challenge-events.js';
import { MatchFoundData, ShortlistUpdatedData } from './schemas/matching-events.js';
import {
  NotificationFailedData,
  NotificationSentData,
  NotificationSuppressedData,
} from './schemas/notification-events.js';
import {
  StartupDeactivatedData,
  StartupRegisteredData,
  StartupUpdatedData,
} from './schemas/startup-events.js';
import { type Topic, Topics } from './topics.js';

/** What one event type is: where it goes, how it is keyed, what its data looks like. */
export interface EventDefinition<S extends TSchema = TSchema> {
  topic: Topic;
  /** Version of the data schema; additive changes keep it, breaking ones get a new type. */
  schemaVersion: number;
  schema: S;
  /** The Kafka message key: the aggregate id, so one aggregate's events stay in order. */
  key: (data: Static<S>) => string;
  keyDescription: string;
  /** The default CloudEvents subject. */
  subject: (data: Static<S>) => string;
  subjectDescription: string;
}

function define<S extends TSchema>(definition: EventDefinition<S>): EventDefinition<S> {
  return definition;
}

const challenge = {
  topic: Topics.challenges,
  schemaVersion: 1,
  key: (data: { challengeId: string }) => data.challengeId,
  keyDescription: 'challengeId',
  subject: (data: { challengeId: string }) => data.challengeId,
  subjectDescription: 'challengeId',
} as const;

const startup = {
  topic: Topics.startups,
  schemaVersion: 1,
  key: (data: { startupId: string }) => data.startupId,
  keyDescription: 'startupId',
  subject: (data: { startupId: string }) => data.startupId,
  subjectDescription: 'startupId',
} as const;

const notification = {
  topic: Topics.notifications,
  schemaVersion: 1,
  key: (data: { startupId: string }) => data.startupId,
  keyDescription: 'startupId',
  subject: (data: { challengeId: string; startupId: string }) =>
    matchIdFor(data.challengeId, data.startupId),
  subjectDescription: 'challengeId:startupId',
} as const;

/** Every event type of the contract. The CloudEvents `type` is the key as is, no prefix. */
export const EVENT_DEFINITIONS = {
  'challenge.published': define({ ...challenge, schema: ChallengePublishedData }),
  'challenge.updated': define({ ...challenge, schema: ChallengeUpdatedData }),
  'challenge.closed': define({ ...challenge, schema: ChallengeClosedData }),
  'startup.registered': define({ ...startup, schema: StartupRegisteredData }),
  'startup.updated': define({ ...startup, schema: StartupUpdatedData }),
  'startup.deactivated': define({ ...startup, schema: StartupDeactivatedData }),
  'match.found': define({
    topic: Topics.matching,
    schemaVersion: 1,
    schema: MatchFoundData,
    key: (data) => data.challengeId,
    keyDescription: 'challengeId',
    subject: (data) => data.matchId,
    subjectDescription: 'matchId (challengeId:startupId)',
  }),
  'shortlist.updated': define({
    topic: Topics.matching,
    schemaVersion: 1,
    schema: ShortlistUpdatedData,
    key: (data) => data.challengeId,
    keyDescription: 'challengeId',
    subject: (data) => data.challengeId,
    subjectDescription: 'challengeId',
  }),
  'notification.sent': define({ ...notification, schema: NotificationSentData }),
  'notification.failed': define({ ...notification, schema: NotificationFailedData }),
  'notification.suppressed': define({ ...notification, schema: NotificationSuppressedData }),
} as const;

export type EventType = keyof typeof EVENT_DEFINITIONS;

/** The data of each event type. */
export type EventDataMap = {
  [T in EventType]: Static<(typeof EVENT_DEFINITIONS)[T]['schema']>;
};

/** The TypeBox schema of each event type's data. */
export const EventSchemas: { [T in EventType]: (typeof EVENT_DEFINITIONS)[T]['schema'] } =
  Object.fromEntries(
    Object.entries(EVENT_DEFINITIONS).map(([type, definition]) => [type, definition.schema]),
  ) as { [T in EventType]: (typeof EVENT_DEFINITIONS)[T]['schema'] };

/** All event types, in catalogue order. */
export const EVENT_TYPES = Object.freeze(Object.keys(EVENT_DEFINITIONS) as EventType[]);

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(EVENT_DEFINITIONS, value);
}

/** The definition of a type, with its functions typed loosely (for generic code). */
export function definitionOf(type: EventType): EventDefinition {
  return EVENT_DEFINITIONS[type] as unknown as EventDefinition;
}

export function topicOf(type: EventType): Topic {
  return EVENT_DEFINITIONS[type].topic;
}

/** Default CloudEvents `source` of a topic's events. */
export const SOURCES: Record<Topic, string> = {
  [Topics.challenges]: '/citymatch/challenges',
  [Topics.startups]: '/citymatch/startups',
  [Topics.matching]: '/citymatch/matching',
  [Topics.notifications]: '/citymatch/notifications',
};

export function sourceOf(type: EventType): string {
  return SOURCES[topicOf(type)];
}

/** CloudEvents `dataschema` of a type: the `$id` of its generated JSON Schema. */
export function dataSchemaOf(type: EventType): string {
  return `urn:citymatch:events:${type}:v${EVENT_DEFINITIONS[type].schemaVersion}`;
}
