import { DeadlinePassed, InvalidTransition } from '../errors.js';
import type { Challenge } from './challenge.js';
import type { ChallengeChange } from './challenge-change.js';
import { challengePublished } from './challenge-events.js';

/** draft -> published: the challenge becomes public and matchable (challenge.published). */
export function publishChallenge(current: Challenge, now: string): ChallengeChange {
  if (current.status !== 'draft') throw new InvalidTransition(current.status, 'published');
  if (current.deadline !== null && Date.parse(current.deadline) <= Date.parse(now)) {
    throw new DeadlinePassed(current.deadline);
  }
  const challenge: Challenge = {
    ...current,
    status: 'published',
    version: current.version + 1,
    updatedAt: now,
  };
  return { challenge, events: [challengePublished(challenge, now)] };
}
