import { InvalidTransition } from '../errors.js';
import type { Challenge } from './challenge.js';
import type { ChallengeChange } from './challenge-change.js';
import { challengeClosed } from './challenge-events.js';
import { cleanText } from './clean-text.js';

/**
 * published -> closed: the challenge leaves every shortlist (challenge.closed). A draft was
 * never public, so there is nothing to close; a closed challenge stays closed.
 */
export function closeChallenge(current: Challenge, now: string, reason?: string): ChallengeChange {
  if (current.status !== 'published') throw new InvalidTransition(current.status, 'closed');
  const cleanReason = reason === undefined ? undefined : cleanText(reason, 'reason');
  const challenge: Challenge = {
    ...current,
    status: 'closed',
    version: current.version + 1,
    updatedAt: now,
  };
  return { challenge, events: [challengeClosed(challenge, now, cleanReason)] };
}
