import type { EventEnvelope } from '@citymatch/events';
import type { Challenge } from './challenge.js';

/** What a domain decision returns: the challenge as it now is and the events it causes. */
export interface ChallengeChange {
  challenge: Challenge;
  events: EventEnvelope[];
}
