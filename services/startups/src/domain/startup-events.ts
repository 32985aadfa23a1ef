import { createEvent, type EventEnvelope } from '@citymatch/events';
import type { Startup } from './startup.js';

/**
 * The profile as its events carry it. The contact email is in the event: the notifications
 * service mails it (events are the internal contract; HTTP reads never show it).
 */
function profile(s: Startup, occurredAt: string) {
  return {
    startupId: s.id,
    name: s.name,
    description: s.description,
    sectors: s.sectors,
    country: s.country,
    city: s.city,
    languages: s.languages,
    preferredLanguage: s.preferredLanguage,
    stage: s.stage,
    contactEmail: s.contactEmail,
    notificationPreference: s.notificationPreference,
    version: s.version,
    occurredAt,
  };
}

export const startupRegistered = (s: Startup, at: string): EventEnvelope =>
  createEvent('startup.registered', { data: profile(s, at) });

export const startupUpdated = (s: Startup, at: string): EventEnvelope =>
  createEvent('startup.updated', { data: profile(s, at) });

export function startupDeactivated(s: Startup, at: string, reason?: string): EventEnvelope {
  return createEvent('startup.deactivated', {
    data: {
      startupId: s.id,
      version: s.version,
      ...(reason === undefined ? {} : { reason }),
      occurredAt: at,
    },
  });
}
