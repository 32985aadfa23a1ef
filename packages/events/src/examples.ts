import type { EventDataMap, EventType } from './event-types.js';
import { matchIdFor } from './match-id.js';
import type { ChallengeUpdatedData } from './schemas/challenge-events.js';
import type { NotificationSentData } from './schemas/notification-events.js';
import type { StartupRegisteredData } from './schemas/startup-events.js';

// One valid example of each event's data: shown in the AsyncAPI document and handy in tests.

const occurredAt = '2025-03-01T09:00:00.000Z';
const challengeId = '65f1a2b3c4d5e6f708192a3b';
const startupId = '65f1a2b3c4d5e6f708192a3c';
const orgId = '65f1a2b3c4d5e6f708192a01';

const challenge: Omit<ChallengeUpdatedData, 'status'> = {
  challengeId,
  orgId,
  orgName: 'İzmir Büyükşehir Belediyesi',
  orgKind: 'municipality',
  title: 'Akıllı atık toplama',
  description: 'Konteyner doluluk sensörleri ile atık toplama rotalarının optimizasyonu.',
  sectors: ['atık yönetimi', 'akıllı şehir'],
  city: 'İzmir',
  country: 'TR',
  language: 'tr',
  deadline: '2025-06-30T23:59:59.000Z',
  version: 1,
  occurredAt,
};

const startup: StartupRegisteredData = {
  startupId,
  name: 'پسماند هوشمند',
  description: 'حسگرهای سطح پر شدن مخازن زباله',
  sectors: ['مدیریت پسماند', 'اینترنت اشیا'],
  country: 'IR',
  city: 'تهران',
  languages: ['fa', 'en'],
  preferredLanguage: 'fa',
  stage: 'pilot',
  contactEmail: 'team@example.com',
  notificationPreference: 'each_match',
  version: 1,
  occurredAt,
};

const delivery: NotificationSentData = {
  challengeId,
  startupId,
  messageId: '<65f1a2b3c4d5e6f708192a3b.65f1a2b3c4d5e6f708192a3c@citymatch.local>',
  language: 'fa',
  channel: 'email',
  occurredAt,
};

const examples: { [T in EventType]: EventDataMap[T] } = {
  'challenge.published': { ...challenge, status: 'published' },
  'challenge.updated': { ...challenge, status: 'published', version: 2 },
  'challenge.closed': { challengeId, orgId, version: 3, reason: 'deadline passed', occurredAt },
  'startup.registered': startup,
  'startup.updated': { ...startup, notificationPreference: 'daily_digest', version: 2 },
  'startup.deactivated': { startupId, version: 3, occurredAt },
  'match.found': {
    matchId: matchIdFor(challengeId, startupId),
    challengeId,
    startupId,
    score: 0.82,
    rank: 1,
    reasons: [
      {
        challengeTag: 'atık yönetimi',
        startupTag: 'مدیریت پسماند',
        sectorId: 'waste-management',
        relation: 'exact',
        strength: 1,
        weight: 0.7,
      },
      {
        challengeTag: 'tr',
        startupTag: 'fa',
        sectorId: null,
        relation: 'language',
        strength: 0,
        weight: 0.05,
      },
    ],
    startupLanguage: 'fa',
    challengeTitle: challenge.title,
    challengeLanguage: 'tr',
    orgName: challenge.orgName,
    city: challenge.city,
    country: challenge.country,
    deadline: challenge.deadline,
    occurredAt,
  },
  'shortlist.updated': {
    challengeId,
    entries: [{ startupId, score: 0.82, rank: 1 }],
    version: 4,
    occurredAt,
  },
  'notification.sent': delivery,
  'notification.failed': { ...delivery, error: '451 4.3.0 temporary failure', attempts: 5 },
  'notification.suppressed': { challengeId, startupId, reason: 'unsubscribed', occurredAt },
};

/** A fresh copy of a valid example of a type's data. */
export function exampleData<T extends EventType>(type: T): EventDataMap[T] {
  return structuredClone(examples[type]) as EventDataMap[T];
}
