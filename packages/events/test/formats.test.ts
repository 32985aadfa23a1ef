import t from 'tap';
import { isDateTime } from '../src/formats.js';

t.test('RFC 3339 date-times with a zone are accepted', async (t) => {
  for (const value of [
    '2025-03-01T09:30:00.000Z',
    '2025-03-01T09:30:00Z',
    '2025-03-01t09:30:00z',
    '2025-03-01T09:30:00+03:30',
    '2025-03-01T09:30:00.5-00:00',
    '2024-02-29T23:59:59.123456789+14:00',
    '2000-02-29T00:00:00Z',
  ]) {
    t.ok(isDateTime(value), value);
  }
  // Every instant toISOString can write (a spread over two centuries, both sides of leap days).
  for (let i = 0; i < 5_000; i++) {
    const value = new Date(946_684_800_000 + i * 1_234_567_891).toISOString();
    if (!isDateTime(value)) t.fail(value);
  }
});

t.test('other text, partial dates and impossible calendar days are refused', async (t) => {
  for (const value of [
    '',
    'yesterday',
    '2025-03-01',
    '2025-03-01T09:30:00',
    '2025-03-01 09:30:00Z',
    '2025-3-01T09:30:00Z',
    '2025-03-01T09:30:00.Z',
    '2025-03-01T09:30:00+0330',
    '2025-03-01T09:30:00+03:30 ',
    '2025-03-01T09:30:00ZZ',
    '2025-02-29T00:00:00Z', // not a leap year
    '1900-02-29T00:00:00Z', // divisible by 100, not by 400
    '2025-04-31T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-01-00T00:00:00Z',
    '2025-01-01T24:00:00Z',
    '2025-01-01T23:60:00Z',
    '2025-01-01T23:59:60Z',
    '2025-01-01T23:59:59+24:00',
    '2025-01-01T23:59:59-23:60',
    '２０２５-01-01T00:00:00Z', // full-width digits
  ]) {
    t.notOk(isDateTime(value), JSON.stringify(value));
  }
});
