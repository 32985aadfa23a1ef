/**
 * Message-IDs fixed before the send and derived from the business key, so the same match
 * always has the same Message-ID: a resend (by ops, after an unknown outcome) is recognisable
 * by the recipient's mail system and by us.
 */
export function matchMessageId(challengeId: string, startupId: string, domain: string): string {
  return `<match.${challengeId}.${startupId}@${domain}>`;
}

export function digestMessageId(startupId: string, day: string, domain: string): string {
  return `<digest.${startupId}.${day}@${domain}>`;
}

/** The domain part of an address (`notifications@citymatch.local` → `citymatch.local`). */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'citymatch.local';
}
