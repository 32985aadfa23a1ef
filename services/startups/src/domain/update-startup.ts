import { Deactivated } from '../errors.js';
import { checkProfile, cleanStartupPatch } from './clean-startup-input.js';
import type { Startup, StartupChange, StartupPatch } from './startup.js';
import { startupUpdated } from './startup-events.js';

/** Apply an edit to an active profile and announce the new state (startup.updated). */
export function updateStartup(current: Startup, patch: StartupPatch, now: string): StartupChange {
  if (current.status !== 'active') throw new Deactivated(current.id, 'edited');
  const startup = checkProfile({
    ...current,
    ...cleanStartupPatch(patch),
    version: current.version + 1,
    updatedAt: now,
  });
  return { startup, events: [startupUpdated(startup, now)] };
}
