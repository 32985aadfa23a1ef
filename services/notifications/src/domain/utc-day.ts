/** The UTC calendar day of `at` as `YYYY-MM-DD`: digests are cut at UTC midnight. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The day before `day` (`YYYY-MM-DD`). */
export function previousDay(day: string): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return utcDay(at);
}
