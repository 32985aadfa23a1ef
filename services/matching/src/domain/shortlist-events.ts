import {
  createEvent,
  type EventEnvelope,
  LANGUAGES,
  type Language,
  matchIdFor,
} from '@citymatch/events';
import type { ShortlistEntry } from './plan-shortlist.js';

/** What match.found tells about the challenge (an email needs it without asking anyone). */
export interface ChallengeFacts {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly orgName: string;
  readonly city: string;
  readonly country: string;
  readonly deadline: string | null;
}

const language = (value: string | undefined): Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';

/** One match.found per newly matched startup. */
export function matchFoundEvents(
  challenge: ChallengeFacts,
  fresh: readonly ShortlistEntry[],
  startupLanguage: (startupId: string) => string | undefined,
  now: Date,
): EventEnvelope[] {
  return fresh.map((e) =>
    createEvent('match.found', {
      data: {
        matchId: matchIdFor(challenge.id, e.startupId),
        challengeId: challenge.id,
        startupId: e.startupId,
        score: e.score,
        rank: e.rank,
        reasons: e.reasons.slice(0, 100),
        startupLanguage: language(startupLanguage(e.startupId)),
        challengeTitle: challenge.title,
        challengeLanguage: language(challenge.language),
        orgName: challenge.orgName,
        city: challenge.city,
        country: challenge.country,
        deadline: challenge.deadline,
        occurredAt: now.toISOString(),
      },
    }),
  );
}

/** The whole shortlist as it now is (empty when the challenge left matching). */
export function shortlistUpdatedEvent(
  challengeId: string,
  entries: readonly ShortlistEntry[],
  version: number,
  now: Date,
): EventEnvelope {
  return createEvent('shortlist.updated', {
    data: {
      challengeId,
      entries: entries.map(({ startupId, score, rank }) => ({ startupId, score, rank })),
      version,
      occurredAt: now.toISOString(),
    },
  });
}
