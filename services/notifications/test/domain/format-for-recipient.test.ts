import t from 'tap';
import { formatForRecipient } from '../../src/domain/format-for-recipient.js';

t.test('fa: Solar Hijri calendar with Persian digits', async (t) => {
  const fa = formatForRecipient('fa');
  t.equal(fa.date('2026-03-21'), '۱ فروردین ۱۴۰۵', 'Nowruz 1405');
  t.equal(fa.date('2026-03-20'), '۲۹ اسفند ۱۴۰۴', 'the last day of 1404');
  t.equal(fa.percent(0.87), '۸۷٪');
  t.equal(fa.integer(12), '۱۲');
});

t.test('ar: Gregorian calendar with Arabic-Indic digits', async (t) => {
  const ar = formatForRecipient('ar');
  t.equal(ar.date('2026-03-21'), '٢١ مارس ٢٠٢٦');
  t.match(ar.percent(0.87), /^٨٧٪/);
  t.equal(ar.integer(3), '٣');
});

t.test('tr and en', async (t) => {
  t.equal(formatForRecipient('tr').date('2026-03-21'), '21 Mart 2026');
  t.equal(formatForRecipient('tr').percent(0.87), '%87');
  t.equal(formatForRecipient('en').date('2026-03-21'), '21 March 2026');
  t.equal(formatForRecipient('en').percent(0.874), '87%');
});

t.test('a date-time deadline is shown in the given time zone, UTC by default', async (t) => {
  const fa = formatForRecipient('fa');
  t.equal(fa.date('2026-03-20T21:30:00Z'), '۲۹ اسفند ۱۴۰۴', 'UTC: still 20 March');
  t.equal(
    fa.date('2026-03-20T21:30:00Z', 'Asia/Tehran'),
    '۱ فروردین ۱۴۰۵',
    'Tehran: already 21 March',
  );
});

t.test('a date-only deadline is a calendar day and never shifts with the time zone', async (t) => {
  const en = formatForRecipient('en');
  t.equal(en.date('2026-03-21', 'America/Los_Angeles'), '21 March 2026');
  t.equal(en.date('2026-03-21', 'Pacific/Kiritimati'), '21 March 2026');
});

t.test('anything but ISO 8601 is refused instead of printing "Invalid Date"', async (t) => {
  const en = formatForRecipient('en');
  t.throws(() => en.date('21/03/2026'), RangeError);
  t.throws(() => en.date('2026-02-30T10:00:00'), RangeError, 'a date-time needs an offset');
  t.throws(() => en.date('soon'), RangeError);
});

t.test('scores are clamped to 0..100 %', async (t) => {
  const en = formatForRecipient('en');
  t.equal(en.percent(1.3), '100%');
  t.equal(en.percent(-0.2), '0%');
});

t.test(
  'country codes become region names in the recipient language; names pass through',
  async (t) => {
    t.equal(formatForRecipient('tr').country('TR'), 'Türkiye');
    t.equal(formatForRecipient('fa').country('tr'), 'ترکیه');
    t.equal(formatForRecipient('ar').country('TR'), 'تركيا');
    t.equal(formatForRecipient('en').country('Kurdistan Region'), 'Kurdistan Region');
    t.equal(formatForRecipient('fa').languageName('tr'), 'ترکی استانبولی');
  },
);
