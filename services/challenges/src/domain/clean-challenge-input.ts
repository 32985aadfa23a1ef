import { tagKey } from '@citymatch/service-kit';
import { InvalidText } from '../errors.js';
import type { ChallengeInput, ChallengePatch } from './challenge.js';
import { cleanTags, cleanText } from './clean-text.js';

/** A deadline as one canonical instant (UTC, milliseconds), or null. */
function cleanDeadline(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new InvalidText('deadline', 'is not a date-time');
  return new Date(time).toISOString();
}

/** The stored form of the fields a patch (or a whole input) sets; unset fields stay unset. */
export function cleanChallengePatch(patch: ChallengePatch) {
  const out: Partial<Omit<ChallengeInput, 'deadline'>> & {
    deadline?: string | null;
    sectorKeys?: string[];
  } = {};
  if (patch.title !== undefined) out.title = cleanText(patch.title, 'title');
  if (patch.description !== undefined) {
    out.description = cleanText(patch.description, 'description', { multiline: true });
  }
  if (patch.sectors !== undefined) {
    out.sectors = cleanTags(patch.sectors);
    out.sectorKeys = [...new Set(out.sectors.map(tagKey))];
  }
  if (patch.city !== undefined) out.city = cleanText(patch.city, 'city');
  if (patch.country !== undefined) out.country = patch.country;
  if (patch.language !== undefined) out.language = patch.language;
  if (patch.deadline !== undefined) out.deadline = cleanDeadline(patch.deadline);
  if (patch.contactEmail !== undefined) {
    out.contactEmail = cleanText(patch.contactEmail, 'contactEmail').toLowerCase();
  }
  return out;
}
