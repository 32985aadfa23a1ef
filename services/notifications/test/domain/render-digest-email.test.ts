import t from 'tap';
import type { EmailLanguage } from '../../src/domain/email-language.js';
import type { DigestEmailInput } from '../../src/domain/match-email-input.js';
import { renderDigestEmail } from '../../src/domain/render-digest-email.js';
import { sampleDigestEmailInput } from '../../src/domain/sample-match.js';

function withEntries(language: EmailLanguage, count: number): DigestEmailInput {
  const input = sampleDigestEmailInput(language);
  const first = input.entries[0]!;
  return {
    ...input,
    entries: Array.from({ length: count }, (_, i) => ({
      challenge: { ...first.challenge, challengeId: `chl-${i}`, title: `Challenge ${i}` },
      match: first.match,
    })),
  };
}

t.test('one email lists every match, best score first, in the recipient language', async (t) => {
  const email = renderDigestEmail(sampleDigestEmailInput('fa'));
  t.equal(email.language, 'fa');
  t.equal(email.subject, '۳ چالش تازه متناسب با استارتاپ شما');
  t.match(email.html, '<html lang="fa" dir="rtl">');
  t.ok(email.text.includes('چالش‌هایی که در ۲۹ اسفند ۱۴۰۴ با استارتاپ شما تطابق داشتند:'));
  const order = ['Sıfır Atık', 'کاهش پسماند پلاستیکی', 'حلول ذكية لجمع النفايات'].map((title) =>
    email.text.indexOf(title),
  );
  t.ok(
    order.every((at) => at > 0),
    'all three challenges listed',
  );
  t.same(
    [...order].sort((a, b) => a - b),
    order,
    '87 %, then 71 %, then 64 %',
  );
  t.ok(email.text.includes('مهلت ارسال: مهلتی تعیین نشده است'), 'Tehran has no deadline');
  t.ok(email.text.includes('مهلت ارسال: ۲۶ فروردین ۱۴۰۵'), 'Amman deadline (15 April 2026)');
  t.equal(email.html.match(/<h2 /g)?.length, 3, 'one heading per challenge');
  t.same(Object.keys(email.headers), ['List-Unsubscribe', 'List-Unsubscribe-Post']);
});

t.test("the subject uses each language's plural rules and digits", async (t) => {
  t.equal(renderDigestEmail(withEntries('en', 1)).subject, '1 new challenge fits your startup');
  t.equal(renderDigestEmail(withEntries('en', 4)).subject, '4 new challenges fit your startup');
  t.equal(renderDigestEmail(withEntries('tr', 4)).subject, 'Girişiminize uygun 4 yeni çağrı');
  t.equal(renderDigestEmail(withEntries('fa', 1)).subject, 'یک چالش تازه متناسب با استارتاپ شما');
  t.equal(renderDigestEmail(withEntries('ar', 1)).subject, 'تحدٍّ جديد يناسب شركتك الناشئة');
  t.equal(renderDigestEmail(withEntries('ar', 2)).subject, 'تحدّيان جديدان يناسبان شركتك الناشئة');
  t.equal(renderDigestEmail(withEntries('ar', 5)).subject, '٥ تحديات جديدة تناسب شركتك الناشئة');
  t.equal(renderDigestEmail(withEntries('ar', 11)).subject, '١١ تحديًا جديدًا يناسب شركتك الناشئة');
});

t.test("the chrome never follows the challenges' languages", async (t) => {
  const email = renderDigestEmail(sampleDigestEmailInput('tr'));
  t.match(email.html, '<html lang="tr" dir="ltr">');
  t.ok(email.text.startsWith('Merhaba Döngü Teknoloji ekibi,'));
  t.ok(email.text.includes('Kurum: \u2068شهرداری تهران\u2069'), 'a Persian organisation, isolated');
  t.ok(email.text.includes('Konum: \u2068عمّان\u2069, Ürdün'));
  t.ok(email.text.includes('Son başvuru tarihi: 15 Nisan 2026'), 'Amman deadline in Amman time');
});

t.test('an empty digest is refused: no matches, no email', async (t) => {
  t.throws(() => renderDigestEmail(withEntries('en', 0)), RangeError);
});
