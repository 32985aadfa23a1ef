/**
 * The id of a (challenge, startup) match: `<challengeId>:<startupId>`. Deterministic, so the
 * same match found twice has the same id; aggregate ids never contain `:`.
 * It is also the subject of the notification events (one email per match).
 */
export function matchIdFor(challengeId: string, startupId: string): string {
  return `${challengeId}:${startupId}`;
}

export const MATCH_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}:[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';
