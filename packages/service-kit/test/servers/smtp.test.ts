import nodemailer from 'nodemailer';
import t from 'tap';
import { serverUrls, uniqueName } from '../../src/index.js';

const { smtpUrl, mailpitApi } = serverUrls();

t.test(
  'nodemailer: a UTF-8 Persian subject goes through SMTP and reads back unchanged',
  async (t) => {
    const info = (await (await fetch(`${mailpitApi}/api/v1/info`)).json()) as { Version: string };
    t.comment(`SMTP server: Mailpit ${info.Version}`);
    t.ok(info.Version);

    const transport = nodemailer.createTransport(smtpUrl);
    t.teardown(() => transport.close());
    const tag = uniqueName('infra-smtp');
    const subject = `چالش جدید شهرداری تبریز: مدیریت پسماند ${tag}`;
    const sent = await transport.sendMail({
      from: 'CityMatch <no-reply@citymatch.test>',
      to: 'startup@example.test',
      subject,
      text: 'سلام! یک چالش تازه با حوزه‌ی کاری شما هم‌خوانی دارد.',
    });
    t.ok(sent.messageId);

    const query = encodeURIComponent(`message-id:"${sent.messageId.replace(/[<>]/g, '')}"`);
    let found: { ID: string; Subject: string } | undefined;
    for (let i = 0; i < 40 && !found; i++) {
      const res = (await (await fetch(`${mailpitApi}/api/v1/search?query=${query}`)).json()) as {
        messages: { ID: string; Subject: string }[];
      };
      found = res.messages[0];
      if (!found) await new Promise((r) => setTimeout(r, 100));
    }
    t.ok(found, 'the message is on the server');
    t.equal(found?.Subject, subject, 'the Persian subject is the same');
    const full = (await (await fetch(`${mailpitApi}/api/v1/message/${found?.ID}`)).json()) as {
      Text: string;
    };
    t.match(full.Text, /هم‌خوانی/);
  },
);
