import {
  type ChallengePublishedData,
  type ChallengeUpdatedData,
  createEvent,
  type EventEnvelope,
} from '@citymatch/events';
import type { Challenge } from './challenge.js';

/** The challenge as its events carry it (never the contact email: events are public). */
function snapshot(c: Challenge, occurredAt: string) {
  return {
    challengeId: c.id,
    orgId: c.orgId,
    orgName: c.orgName,
    orgKind: c.orgKind,
    title: c.title,
    description: c.description,
    sectors: c.sectors,
    city: c.city,
    country: c.country,
    language: c.language,
    deadline: c.deadline,
    version: c.version,
    occurredAt,
  };
}

export function challengePublished(c: Challenge, occurredAt: string): EventEnvelope {
  const data: ChallengePublishedData = { ...snapshot(c, occurredAt), status: 'published' };
  return createEvent('challenge.published', { data });
}

export function challengeUpdated(c: Challenge, occurredAt: string): EventEnvelope {
  const data: ChallengeUpdatedData = { ...snapshot(c, occurredAt), status: c.status };
  return createEvent('challenge.updated', { data });
}

export function challengeClosed(c: Challenge, occurredAt: string, reason?: string): EventEnvelope {
  return createEvent('challenge.closed', {
    data: {
      challengeId: c.id,
      orgId: c.orgId,
      version: c.version,
      ...(reason === undefined ? {} : { reason }),
      occurredAt,
    },
  });
}
