import { checkProfile, cleanStartupPatch } from './clean-startup-input.js';
import type { StartupChange, StartupInput } from './startup.js';
import { startupRegistered } from './startup-events.js';

/** A new, active profile: it takes part in matching at once (startup.registered). */
export function registerStartup(id: string, input: StartupInput, now: string): StartupChange {
  const clean = cleanStartupPatch(input) as StartupInput & { sectorKeys: string[] };
  const startup = checkProfile({
    id,
    ...clean,
    searchText: '',
    status: 'active',
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return { startup, events: [startupRegistered(startup, now)] };
}
