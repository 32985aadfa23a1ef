import {
  createEvent,
  type EventEnvelope,
  exampleData,
  type Language,
  type MatchFoundData,
  matchIdFor,
  type StartupRegisteredData,
} from '@citymatch/events';
import { uniqueName } from '@citymatch/service-kit';
import { eventProducer } from '@citymatch/testkit';
import type { Test } from 'tap';

/** A producer straight onto Kafka, as the startups and matching services would publish. */
export const kafkaProducer = (t: Test) => eventProducer(t, 'notifications-test');

/** A unique id valid as an aggregate id. */
export const id = (prefix: string) => uniqueName(prefix).replace(/[^A-Za-z0-9_-]/g, '-');

export function startupRegistered(
  over: Partial<StartupRegisteredData> = {},
): EventEnvelope<'startup.registered'> {
  const startupId = over.startupId ?? id('stp');
  return createEvent('startup.registered', {
    data: {
      ...exampleData('startup.registered'),
      startupId,
      contactEmail: `${startupId}@test.citymatch.example`,
      occurredAt: new Date().toISOString(),
      ...over,
    },
  });
}

export function startupUpdated(data: StartupRegisteredData): EventEnvelope<'startup.updated'> {
  return createEvent('startup.updated', {
    data: { ...data, occurredAt: new Date().toISOString() },
  });
}

export function matchFound(
  startupId: string,
  over: Partial<MatchFoundData> & { language?: Language } = {},
): EventEnvelope<'match.found'> {
  const challengeId = over.challengeId ?? id('chl');
  const { language, ...rest } = over;
  return createEvent('match.found', {
    data: {
      ...exampleData('match.found'),
      challengeId,
      startupId,
      matchId: matchIdFor(challengeId, startupId),
      startupLanguage: language ?? 'fa',
      deadline: '2099-06-30T23:59:59.000Z',
      occurredAt: new Date().toISOString(),
      ...rest,
    },
  });
}
