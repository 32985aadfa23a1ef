import { InvalidTransition } from '../errors.js';
import type { Challenge, ChallengePatch } from './challenge.js';
import type { ChallengeChange } from './challenge-change.js';
import { challengeUpdated } from './challenge-events.js';
import { cleanChallengePatch } from './clean-challenge-input.js';

/**
 * Apply an author's edit. A draft changes quietly; a published challenge announces its new
 * state (challenge.updated); a closed one is final.
 */
export function updateChallenge(
  current: Challenge,
  patch: ChallengePatch,
  now: string,
): ChallengeChange {
  if (current.status === 'closed') throw new InvalidTransition(current.status, 'edited');
  const challenge: Challenge = {
    ...current,
    ...cleanChallengePatch(patch),
    version: current.version + 1,
    updatedAt: now,
  };
  const events = challenge.status === 'published' ? [challengeUpdated(challenge, now)] : [];
  return { challenge, events };
}
