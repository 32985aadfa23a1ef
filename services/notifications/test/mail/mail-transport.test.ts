import { serverUrls, uniqueName } from '@citymatch/service-kit';
import t from 'tap';
import { isSimpleMessage } from '../../src/mail/build-mime.js';
import { createMailTransport } from '../../src/mail/mail-transport.js';
import { mailpit, rawHeader } from '../helpers/mailpit.js';

const smtp = createMailTransport({ smtpUrl: serverUrls().smtpUrl, poolSize: 2, emlDir: '' });
t.teardown(() => smtp.close());
const box = mailpit();

t.test('both ways of writing a message reach the SMTP server whole', async (t) => {
  const to = `${uniqueName('transport')}@example.test`;
  const simpleMessage = {
    from: { name: 'CityMatch', address: 'noreply@citymatch.test' },
    to: { name: 'Kerman Startup', address: to },
    subject: 'چالش جدید: مدیریت پسماند',
    text: 'سلام\nچالش تازه‌ای برای شما.',
    html: '<p dir="rtl">سلام</p>',
    messageId: `<${uniqueName('simple')}@citymatch.test>`,
    date: new Date(),
    textEncoding: 'quoted-printable' as const,
  };
  // an attachment is not a shape buildMime writes: MailComposer does
  const composedMessage = {
    from: 'noreply@citymatch.test',
    to,
    subject: 'Ek: başvuru formu',
    text: 'Ekte.',
    attachments: [{ filename: 'form.txt', content: 'ad;soyad\n' }],
  };
  t.ok(isSimpleMessage(simpleMessage), 'the first is written by buildMime');
  t.notOk(isSimpleMessage(composedMessage), 'the second by MailComposer');
  const simple = await smtp.send(simpleMessage);
  const composed = await smtp.send(composedMessage);
  const received = await box.waitFor(to, 2);
  const bySubject = new Map(received.map((m) => [m.Subject, m]));
  t.same(
    [...bySubject.keys()].sort(),
    ['Ek: başvuru formu', 'چالش جدید: مدیریت پسماند'],
    'both subjects as written',
  );
  for (const [sent, subject] of [
    [simple, 'چالش جدید: مدیریت پسماند'],
    [composed, 'Ek: başvuru formu'],
  ] as const) {
    const raw = await box.raw(bySubject.get(subject)!.ID);
    t.equal(rawHeader(raw, 'Message-ID'), sent.messageId, `${subject}: the Message-ID returned`);
    t.match(sent.response, /^250/, `${subject}: accepted`);
  }
  const attachment = await box.raw(bySubject.get('Ek: başvuru formu')!.ID);
  t.match(attachment, /filename=form\.txt/, 'the attachment went along');
});
