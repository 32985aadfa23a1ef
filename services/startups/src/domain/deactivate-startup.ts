import { Deactivated } from '../errors.js';
import { cleanText } from './clean-text.js';
import type { Startup, StartupChange } from './startup.js';
import { startupDeactivated } from './startup-events.js';

/** active -> deactivated: the startup leaves every shortlist and gets no more email. */
export function deactivateStartup(current: Startup, now: string, reason?: string): StartupChange {
  if (current.status !== 'active') throw new Deactivated(current.id, 'deactivated again');
  const cleanReason = reason === undefined ? undefined : cleanText(reason, 'reason');
  const startup: Startup = {
    ...current,
    status: 'deactivated',
    version: current.version + 1,
    updatedAt: now,
  };
  return { startup, events: [startupDeactivated(startup, now, cleanReason)] };
}
