import {
  type ChallengePublishedData,
  createEvent,
  decodeEvent,
  type EventEnvelope,
  type EventType,
  exampleData,
  type StartupRegisteredData,
} from '@citymatch/events';
import { uniqueName } from '@citymatch/service-kit';
import { eventProducer } from '@citymatch/testkit';
import type { KafkaMessage } from 'kafkajs';
import type { Test } from 'tap';

/** A producer straight onto Kafka, as the challenges and startups services publish. */
export const kafkaProducer = (t: Test) => eventProducer(t, 'matching-test');

/** A unique id valid as an aggregate id. */
export const id = (prefix: string) =>
  uniqueName(prefix)
    .replace(/[^A-Za-z0-9_-]/g, '-')
    .slice(0, 64);

const now = () => new Date().toISOString();

export function startupRegistered(
  over: Partial<StartupRegisteredData> = {},
): EventEnvelope<'startup.registered'> {
  const startupId = over.startupId ?? id('stp');
  return createEvent('startup.registered', {
    data: {
      ...exampleData('startup.registered'),
      startupId,
      contactEmail: `${startupId}@test.citymatch.example`,
      occurredAt: now(),
      ...over,
    },
  });
}

export function startupUpdated(
  data: StartupRegisteredData,
  over: Partial<StartupRegisteredData> = {},
): EventEnvelope<'startup.updated'> {
  return createEvent('startup.updated', { data: { ...data, occurredAt: now(), ...over } });
}

export function startupDeactivated(startupId: string, version: number) {
  return createEvent('startup.deactivated', { data: { startupId, version, occurredAt: now() } });
}

export function challengePublished(
  over: Partial<ChallengePublishedData> = {},
): EventEnvelope<'challenge.published'> {
  return createEvent('challenge.published', {
    data: {
      ...exampleData('challenge.published'),
      challengeId: over.challengeId ?? id('chl'),
      orgId: over.orgId ?? id('org'),
      deadline: '2099-06-30T23:59:59.000Z',
      occurredAt: now(),
      ...over,
    },
  });
}

export function challengeUpdated(
  data: ChallengePublishedData,
  over: Partial<ChallengePublishedData> = {},
): EventEnvelope<'challenge.updated'> {
  return createEvent('challenge.updated', {
    data: { ...data, version: data.version + 1, occurredAt: now(), ...over },
  });
}

export function challengeClosed(c: ChallengePublishedData, version = c.version + 1) {
  return createEvent('challenge.closed', {
    data: { challengeId: c.challengeId, orgId: c.orgId, version, occurredAt: now() },
  });
}

/** The decoded events of watched messages, of one type. */
export function eventsOf<T extends EventType>(
  messages: KafkaMessage[],
  type: T,
): EventEnvelope<T>[] {
  return messages.map((m) => decodeEvent(m)).filter((e): e is EventEnvelope<T> => e.type === type);
}
