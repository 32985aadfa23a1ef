/** Exponential backoff: `initial` after the first failed try, doubled per try, capped at `max`. */
export function retryDelayMs(failedTries: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, failedTries - 1));
}
