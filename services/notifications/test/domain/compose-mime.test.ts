import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import t from 'tap';
import { composeMime } from '../../src/domain/compose-mime.js';
import { EMAIL_LANGUAGES } from '../../src/domain/email-language.js';
import { renderMatchEmail } from '../../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../../src/domain/sample-match.js';

const envelope = {
  from: { name: 'CityMatch', address: 'notifications@citymatch.local' },
  to: { name: 'Tabriz Su Teknolojileri', address: 'founders@tabriz-water.example' },
  messageId: '<match.c1.s1@citymatch.local>',
  date: new Date('2026-11-24T08:00:00Z'),
};

for (const language of EMAIL_LANGUAGES) {
  t.test(
    `a ${language} email reads back as rendered, in the encoding for its script`,
    async (t) => {
      const email = renderMatchEmail(sampleMatchEmailInput(language));
      const raw = await new MailComposer(composeMime(email, envelope)).compile().build();
      const encodings = [...raw.toString().matchAll(/Content-Transfer-Encoding: (\S+)/g)].map(
        (m) => m[1],
      );
      const expected = language === 'fa' || language === 'ar' ? 'base64' : 'quoted-printable';
      t.same(encodings, [expected, expected], `text and HTML parts in ${expected}`);
      t.ok(
        raw
          .toString()
          .split('\r\n')
          .every((line) => line.length <= 998),
        'no line over the SMTP limit',
      );
      const parsed = await simpleParser(raw);
      t.equal(parsed.subject, email.subject);
      t.equal(parsed.text?.trimEnd(), email.text.trimEnd(), 'the text part, word for word');
      t.equal(parsed.html, email.html, 'the HTML part, byte for byte');
      t.equal(parsed.messageId, envelope.messageId);
      t.equal(parsed.headers.get('content-language'), language);
    },
  );
}
