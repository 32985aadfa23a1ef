import { tagKey } from '@citymatch/service-kit';
import { PreferredLanguageMissing } from '../errors.js';
import { cleanTags, cleanText } from './clean-text.js';
import type { Startup, StartupPatch } from './startup.js';

/** The stored form of the fields a patch (or a whole input) sets; unset fields stay unset. */
export function cleanStartupPatch(patch: StartupPatch): StartupPatch & { sectorKeys?: string[] } {
  const out: StartupPatch & { sectorKeys?: string[] } = { ...patch };
  if (patch.name !== undefined) out.name = cleanText(patch.name, 'name');
  if (patch.description !== undefined) {
    out.description = cleanText(patch.description, 'description', { multiline: true });
  }
  if (patch.sectors !== undefined) {
    out.sectors = cleanTags(patch.sectors);
    out.sectorKeys = [...new Set(out.sectors.map(tagKey))];
  }
  if (patch.city !== undefined) out.city = cleanText(patch.city, 'city');
  if (patch.languages !== undefined) out.languages = [...new Set(patch.languages)];
  if (patch.contactEmail !== undefined) {
    out.contactEmail = cleanText(patch.contactEmail, 'contactEmail').toLowerCase();
  }
  return out;
}

/** The profile's invariants, checked after every change. */
export function checkProfile(s: Startup): Startup {
  if (!s.languages.includes(s.preferredLanguage)) {
    throw new PreferredLanguageMissing(s.preferredLanguage, s.languages.join(', '));
  }
  return { ...s, searchText: tagKey([s.name, s.description, ...s.sectors].join(' ')) };
}
