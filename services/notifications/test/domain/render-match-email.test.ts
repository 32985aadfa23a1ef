import t from 'tap';
import type { EmailLanguage } from '../../src/domain/email-language.js';
import type { MatchEmailInput } from '../../src/domain/match-email-input.js';
import { renderMatchEmail } from '../../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../../src/domain/sample-match.js';

/** What a reader sees of an HTML part: the markup (`<bdi>` isolation included) removed. */
function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

const TURKISH_TITLE = 'Sıfır Atık: Mahalle Ölçeğinde Geri Dönüşüm & Kompost Pilotu';

/** Words only the recipient's language would print, for subject, HTML and text. */
const CHROME: Record<
  EmailLanguage,
  { subject: string; greeting: string; view: string; dir: string }
> = {
  en: {
    subject: 'A new challenge fits your startup',
    greeting: 'Hello Loop Labs team,',
    view: 'View the challenge',
    dir: 'ltr',
  },
  tr: {
    subject: 'Girişiminize uygun yeni bir çağrı',
    greeting: 'Merhaba Döngü Teknoloji ekibi,',
    view: 'Çağrıyı incele',
    dir: 'ltr',
  },
  fa: {
    subject: 'چالش تازه‌ای متناسب با استارتاپ شما',
    greeting: 'سلام تیم چرخه‌نو،',
    view: 'مشاهدهٔ چالش',
    dir: 'rtl',
  },
  ar: {
    subject: 'تحدٍّ جديد يناسب شركتك الناشئة',
    greeting: 'مرحبًا فريق دورة للتقنيات النظيفة،',
    view: 'عرض التحدي',
    dir: 'rtl',
  },
};

for (const language of Object.keys(CHROME) as EmailLanguage[]) {
  t.test(`${language}: subject, HTML and text in the recipient's language`, async (t) => {
    const email = renderMatchEmail(sampleMatchEmailInput(language));
    const words = CHROME[language];
    t.equal(email.language, language);
    t.ok(email.subject.startsWith(words.subject), 'subject');
    t.ok(email.subject.includes(TURKISH_TITLE), 'subject carries the title as written');
    t.match(email.html, `<html lang="${language}" dir="${words.dir}">`);
    t.match(email.html, `<body dir="${words.dir}"`);
    t.match(email.html, `direction:${words.dir}`);
    for (const part of [visibleText(email.html), email.text]) {
      t.ok(part.includes(words.greeting), 'greeting');
      t.ok(part.includes(words.view), 'link label');
    }
    for (const part of [email.html, email.text]) {
      t.ok(
        part.includes('https://citymatch.example/challenges/chl-izmir-sifir-atik'),
        'challenge link',
      );
      t.ok(part.includes('https://citymatch.example/unsubscribe?token='), 'unsubscribe link');
    }
    t.ok(email.text.includes(TURKISH_TITLE), 'text carries the title');
    t.ok(
      email.html.includes('Sıfır Atık: Mahalle Ölçeğinde Geri Dönüşüm &amp; Kompost Pilotu'),
      'HTML title, escaped',
    );
    t.match(email.html, '<bdi lang="tr">Sıfır Atık', 'title marked as Turkish inside any chrome');
  });
}

t.test('fa and ar use a font stack that has Persian and Arabic glyphs', async (t) => {
  for (const language of ['fa', 'ar'] as const) {
    const { html } = renderMatchEmail(sampleMatchEmailInput(language));
    t.match(html, /font-family:Vazirmatn, Tahoma, 'Noto Naskh Arabic'/);
  }
  t.notMatch(renderMatchEmail(sampleMatchEmailInput('en')).html, /Vazirmatn/);
});

t.test(
  'a Persian startup matched to a Turkish challenge gets Persian chrome, never Turkish',
  async (t) => {
    const input = sampleMatchEmailInput('fa');
    t.equal(input.challenge.language, 'tr');
    const email = renderMatchEmail(input);
    t.equal(email.language, 'fa');
    t.match(email.html, '<html lang="fa" dir="rtl">');
    for (const turkishChrome of ['Merhaba', 'Çağrıyı incele', 'Son başvuru', 'Mart 2026', '%87']) {
      t.notOk(email.html.includes(turkishChrome), `no "${turkishChrome}" in the HTML`);
      t.notOk(email.text.includes(turkishChrome), `no "${turkishChrome}" in the text`);
    }
    t.ok(email.text.includes('مهلت ارسال: ۱ فروردین ۱۴۰۵'), 'deadline in the Persian calendar');
    t.ok(email.text.includes('میزان تطابق: ۸۷٪'), 'score in Persian digits');
    t.ok(email.text.includes('ترکیه'), 'country named in Persian');
  },
);

t.test('an English startup matched to a Persian challenge gets English chrome', async (t) => {
  const input = sampleMatchEmailInput('en');
  const email = renderMatchEmail({
    ...input,
    challenge: { ...input.challenge, title: 'کاهش پسماند پلاستیکی', language: 'fa', country: 'IR' },
  });
  t.match(email.html, '<html lang="en" dir="ltr">');
  t.ok(email.subject.startsWith('A new challenge fits your startup: '));
  t.ok(email.text.includes('Location: İzmir, Iran'));
  t.match(email.html, '<bdi lang="fa">کاهش پسماند پلاستیکی</bdi>');
});

t.test('the reasons are written out as sentences with sector labels', async (t) => {
  const tr = renderMatchEmail(sampleMatchEmailInput('tr'));
  t.ok(
    tr.text.includes(
      '“geri dönüşüm” etiketiniz, çağrının “Geri dönüşüm” sektörüyle birebir örtüşüyor.',
    ),
  );
  t.ok(tr.text.includes('çağrının “Atık yönetimi” sektörü içinde bir uzmanlık alanı'));
  t.ok(tr.text.includes('Girişiminiz çağrıyla aynı ülkede faaliyet gösteriyor: Türkiye.'));
  const en = renderMatchEmail(sampleMatchEmailInput('en'));
  t.ok(
    en.text.includes('Your tag “recycling” matches the challenge’s “Recycling” sector exactly.'),
  );
  t.ok(
    en.text.indexOf('matches the challenge’s “Recycling”') < en.text.indexOf('Waste management'),
    'strongest reason first',
  );
  t.ok(
    en.html.includes(
      'Your tag “<bdi>recycling</bdi>” matches the challenge’s “<bdi>Recycling</bdi>” sector exactly.',
    ),
  );
  t.ok(en.text.includes('Match score: 87%'));
  t.ok(en.text.includes('Deadline: 21 March 2026'));
  t.ok(en.text.includes('Organisation: İzmir Büyükşehir Belediyesi'));
  t.ok(en.text.includes('Location: İzmir, Türkiye'));
  t.ok(en.text.includes('Your place on the shortlist: 2'));
});

t.test('every relation reads as a sentence; unknown sectors fall back to the id', async (t) => {
  const base = sampleMatchEmailInput('en');
  const relations = [
    'exact',
    'parent',
    'child',
    'sibling',
    'free',
    'city',
    'country',
    'language',
  ] as const;
  const email = renderMatchEmail({
    ...base,
    sectorLabel: undefined,
    match: {
      score: 0.5,
      rank: 1,
      reasons: relations.map((relation) => ({
        relation,
        challengeTag: 'kompost',
        startupTag: 'composting',
        sectorId: 'circular-economy',
        strength: 1,
        weight: 1,
      })),
    },
  });
  t.ok(email.text.includes('matches the challenge’s “circular-economy” sector exactly'));
  t.ok(email.text.includes('is a broader field that covers the challenge’s “circular-economy”'));
  t.ok(email.text.includes('is a specialism within'));
  t.ok(email.text.includes('is closely related to'));
  t.ok(email.text.includes('matches the challenge’s keyword “kompost”'));
  t.ok(email.text.includes('You are based in İzmir, the same city as the challenge.'));
  t.ok(email.text.includes('You work in Türkiye, the same country as the challenge.'));
  t.ok(email.text.includes('Your team works in Turkish, the language of the challenge.'));
});

t.test('user content is escaped in the HTML part', async (t) => {
  const base = sampleMatchEmailInput('fa');
  const hostile: MatchEmailInput = {
    ...base,
    recipient: { ...base.recipient, name: 'Tim <b>"Bold"</b>' },
    challenge: {
      ...base.challenge,
      title: '<script>alert("x")</script> Parks & "Trees" \'now\'',
      orgName: 'Belediye <img src=x onerror=alert(1)>',
      url: 'https://citymatch.example/c?id=1&lang="tr"',
    },
    match: {
      ...base.match,
      reasons: [{ ...base.match.reasons[0]!, startupTag: '</li><li>injected' }],
    },
  };
  const { html, text } = renderMatchEmail(hostile);
  t.notMatch(html, /<script|<img|<b>|<\/li><li>injected/);
  t.ok(
    html.includes(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Parks &amp; &quot;Trees&quot; &#39;now&#39;',
    ),
  );
  t.ok(html.includes('Belediye &lt;img src=x onerror=alert(1)&gt;'));
  t.ok(
    html.includes('href="https://citymatch.example/c?id=1&amp;lang=%22tr%22"'),
    'link escaped in the attribute',
  );
  t.ok(html.includes('<title>'), 'title element present');
  t.notMatch(html.slice(html.indexOf('<title>'), html.indexOf('</title>')), /<script/);
  t.ok(
    text.includes('<script>alert("x")</script> Parks & "Trees"'),
    'the text part keeps the title as written',
  );
});

t.test('links must be https: no javascript: or typos reach an email', async (t) => {
  const base = sampleMatchEmailInput('en');
  t.throws(
    () =>
      renderMatchEmail({ ...base, challenge: { ...base.challenge, url: 'javascript:alert(1)' } }),
    RangeError,
  );
  t.throws(
    () =>
      renderMatchEmail({ ...base, challenge: { ...base.challenge, url: 'citymatch.example/c/1' } }),
    RangeError,
  );
  t.throws(
    () =>
      renderMatchEmail({
        ...base,
        unsubscribe: { ...base.unsubscribe, url: 'http://citymatch.example/u' },
      }),
    RangeError,
  );
  t.throws(
    () =>
      renderMatchEmail({ ...base, unsubscribe: { ...base.unsubscribe, mailto: 'not an address' } }),
    RangeError,
  );
  t.doesNotThrow(() =>
    renderMatchEmail({
      ...base,
      unsubscribe: { url: 'http://localhost:3104/u?t=1', mailto: 'u@x.example' },
    }),
  );
});

t.test('RFC 8058 headers: https URL first, then mailto; one-click post', async (t) => {
  const email = renderMatchEmail({
    ...sampleMatchEmailInput('ar'),
    unsubscribe: {
      url: 'https://citymatch.example/unsubscribe?token=abc.def',
      mailto: 'unsubscribe@citymatch.example',
    },
  });
  t.same(email.headers, {
    'List-Unsubscribe':
      '<https://citymatch.example/unsubscribe?token=abc.def>, <mailto:unsubscribe@citymatch.example>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  });
});

t.test('no deadline and no reasons', async (t) => {
  const base = sampleMatchEmailInput('ar');
  const email = renderMatchEmail({
    ...base,
    challenge: { ...base.challenge, deadline: null },
    match: { ...base.match, reasons: [] },
  });
  t.ok(email.text.includes('آخر موعد للتقديم: لم يُحدَّد موعد نهائي'));
  t.notOk(email.text.includes('لماذا رشّحناك'), 'no empty reasons heading');
});

t.test('plain text isolates opposite-direction content so it is not reordered', async (t) => {
  const fa = renderMatchEmail(sampleMatchEmailInput('fa'));
  t.ok(
    fa.subject.endsWith(`\u2068${TURKISH_TITLE}\u2069`),
    'Turkish title isolated in a Persian subject',
  );
  const en = renderMatchEmail(sampleMatchEmailInput('en'));
  t.ok(en.subject.endsWith(`: ${TURKISH_TITLE}`), 'no isolates where the directions agree');
});
