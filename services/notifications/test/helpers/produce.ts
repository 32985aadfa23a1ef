import {
  createEvent,
  type EventEnvelope,
  encodeEvent,
  exampleData,
  type Language,
  type MatchFoundData,
  matchIdFor,
  type StartupRegisteredData,
} from '@citymatch/events';
import { serverUrls, uniqueName } from '@citymatch/service-kit';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import type { Test } from 'tap';

/** A producer straight onto Kafka, as the startups and matching services would publish. */
export async function kafkaProducer(t: Test) {
  const kafka = new Kafka({
    clientId: 'notifications-test',
    brokers: serverUrls().kafkaBrokers,
    logLevel: logLevel.NOTHING,
  });
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  t.teardown(() => producer.disconnect());
  return {
    /** Send events to `topic` (keyed and encoded exactly as the real producers do). */
    async send(topic: string, events: EventEnvelope[]) {
      await producer.send({
        topic,
        acks: -1,
        messages: events.map((e) => {
          const { key, value, headers } = encodeEvent(e);
          return { key, value, headers };
        }),
      });
    },
  };
}

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
