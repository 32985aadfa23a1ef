import { InvalidText } from '../errors.js';
import { cleanText } from './clean-text.js';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 64;

/**
 * Sector tags as written: NFC, trimmed, inner whitespace runs made one space, duplicates
 * dropped (first kept). The route schema bounds the raw list; this checks it again after
 * cleaning so the domain never trusts its caller.
 */
export function cleanTags(tags: readonly string[], field = 'sectors'): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [i, tag] of tags.entries()) {
    const clean = cleanText(tag, `${field}/${i}`).replace(/\s+/gu, ' ');
    if (clean.length > MAX_TAG_LENGTH) {
      throw new InvalidText(`${field}/${i}`, `is longer than ${MAX_TAG_LENGTH} characters`);
    }
    if (seen.has(clean)) continue;
    seen.add(clean);
    out.push(clean);
  }
  if (out.length === 0) throw new InvalidText(field, 'has no tags');
  if (out.length > MAX_TAGS) throw new InvalidText(field, `has more than ${MAX_TAGS} tags`);
  return out;
}

/**
 * The key a tag filter compares: NFKC, lower case, the combining dot of Turkish İ dropped, so
 * `Waste`, `waste` and `WASTE` find the same profiles, and `İzmir` finds `izmir`.
 */
export function tagKey(tag: string): string {
  return tag
    .normalize('NFKC')
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .replace(/\u0307/gu, '');
}
