import { FormatRegistry } from '@sinclair/typebox';

// TypeBox's compiler rejects a string whose `format` is not registered, so the formats the
// schemas use are registered here once. An existing registration (another package) is kept.

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The number of `width` ASCII digits at `at`, or -1. */
function digits(value: string, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * RFC 3339 date-time with a time zone, e.g. `2025-03-01T09:30:00.000Z`: a real calendar day
 * (no 30 February), hours 00-23, minutes and seconds 00-59, an offset up to ±23:59. Read
 * character by character: every consumed event's `ce_time` and date fields pass here.
 */
export function isDateTime(value: string): boolean {
  const length = value.length;
  if (length < 20) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if (value[4] !== '-' || value[7] !== '-' || (value[10] !== 'T' && value[10] !== 't'))
    return false;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (value[13] !== ':' || value[16] !== ':') return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  let at = 19;
  if (value[at] === '.') {
    const start = ++at;
    while (at < length && digits(value, at, 1) >= 0) at++;
    if (at === start) return false;
  }
  const zone = value[at];
  if (zone === 'Z' || zone === 'z') return at + 1 === length;
  if ((zone !== '+' && zone !== '-') || at + 6 !== length || value[at + 3] !== ':') return false;
  const offsetHour = digits(value, at + 1, 2);
  const offsetMinute = digits(value, at + 4, 2);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

const formats: Record<string, (value: string) => boolean> = {
  'date-time': isDateTime,
  email: (value) => value.length <= 254 && EMAIL.test(value),
  uuid: (value) => UUID.test(value),
};

for (const [name, check] of Object.entries(formats)) {
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);
}
