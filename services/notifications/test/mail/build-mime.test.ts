import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import t from 'tap';
import { composeMime } from '../../src/domain/compose-mime.js';
import { EMAIL_LANGUAGES } from '../../src/domain/email-language.js';
import { renderMatchEmail } from '../../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../../src/domain/sample-match.js';
import { buildMime, isSimpleMessage } from '../../src/mail/build-mime.js';

const from = { name: 'CityMatch', address: 'notifications@citymatch.local' };
const recipients = [
  { name: 'Tabriz Su Teknolojileri', address: 'founders@tabriz-water.example' },
  { name: 'Şehir "Su" Teknolojileri — آب تبریز', address: 'a.b+c@tabriz-water.example' },
  { name: "Dr. O'Neil, Ltd.", address: 'x@example.org' },
  { name: 'شركة المياه الذكية', address: 'info@water.example' },
  { name: '', address: 'no-name@example.org' },
];

/** The message with its boundary replaced, so two builds of it can be compared. */
function normalized(raw: Buffer): string {
  const text = raw.toString('utf8');
  const boundary = /boundary="([^"]+)"/.exec(text)?.[1] ?? 'none';
  return text.split(boundary).join('BOUNDARY');
}

for (const language of EMAIL_LANGUAGES) {
  t.test(
    `${language}: the same bytes as nodemailer's MailComposer, apart from the boundary`,
    async (t) => {
      for (const [i, to] of recipients.entries()) {
        const email = renderMatchEmail(sampleMatchEmailInput(language));
        const message = composeMime(email, {
          from,
          to,
          messageId: `<match.c${i}.s${i}@citymatch.local>`,
          date: new Date(Date.UTC(2026, 10, 24, 8, i)),
        });
        t.ok(isSimpleMessage(message), 'composeMime makes a simple message');
        if (!isSimpleMessage(message)) continue;
        const built = buildMime(message);
        const composed = new MailComposer(message).compile();
        t.equal(
          normalized(built.raw),
          normalized(await composed.build()),
          `to ${JSON.stringify(to.name)}`,
        );
        t.same(built.envelope, composed.getEnvelope(), 'same envelope');
        t.equal(built.messageId, composed.messageId(), 'same Message-ID');
        const parsed = await simpleParser(built.raw);
        t.equal(parsed.subject, email.subject, 'the subject reads back');
        t.equal(parsed.html, email.html, 'the HTML reads back byte for byte');
        t.equal(parsed.text?.trimEnd(), email.text.trimEnd(), 'the text reads back');
        const parsedTo = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
        t.same(
          parsedTo?.value[0],
          { name: to.name, address: to.address },
          'the recipient reads back',
        );
        t.ok(
          built.raw
            .toString()
            .split('\r\n')
            .every((line) => line.length <= 998),
          'no line over the SMTP limit',
        );
      }
    },
  );
}

t.test('odd subjects and header values come out as MailComposer writes them', async (t) => {
  const email = renderMatchEmail(sampleMatchEmailInput('tr'));
  const subjects = [
    'plain ASCII',
    `${'çok uzun bir konu satırı '.repeat(12)}son`,
    'control\u0007char and tab\there',
    '=?UTF-8?B?bm90IGVuY29kZWQ=?= literal',
    '⁨RTL isolate⁩ ایده',
  ];
  for (const subject of subjects) {
    for (const textEncoding of ['base64', 'quoted-printable'] as const) {
      const message = {
        ...composeMime(
          { ...email, subject },
          { from, to: recipients[1]!, messageId: '<x@y>', date: new Date(0) },
        ),
        textEncoding,
        headers: { ...email.headers, 'X-Note': subject },
      };
      if (!isSimpleMessage(message)) {
        t.fail('simple');
        continue;
      }
      t.equal(
        normalized(buildMime(message).raw),
        normalized(await new MailComposer(message).compile().build()),
        `${JSON.stringify(subject.slice(0, 30))} in ${textEncoding}`,
      );
    }
  }
});

t.test('anything else is left to MailComposer', async (t) => {
  const email = renderMatchEmail(sampleMatchEmailInput('en'));
  const base = composeMime(email, {
    from,
    to: recipients[0]!,
    messageId: '<x@y>',
    date: new Date(0),
  });
  t.ok(isSimpleMessage(base));
  const others: [string, object][] = [
    ['an attachment', { attachments: [{ filename: 'a.txt', content: 'a' }] }],
    ['two recipients', { to: [recipients[0], recipients[1]] }],
    ['a recipient as a string', { to: 'x@example.org' }],
    ['an internationalised domain', { to: { name: 'X', address: 'x@bücher.example' } }],
    ['no Message-ID', { messageId: undefined }],
    ['no date', { date: undefined }],
    ['no text part', { text: undefined }],
    ['a header with options', { headers: { 'X-A': { prepared: true, value: 'v' } } }],
  ];
  for (const [what, change] of others) t.notOk(isSimpleMessage({ ...base, ...change }), what);
});
