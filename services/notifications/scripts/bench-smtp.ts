// Emails per second to the local SMTP server (Mailpit from infra/), with the pooled transport
// the service uses beside a single SMTP connection and a connection per email, in one run.
// `pnpm bench:email [--count 500] [--pool 5]`; the last line is JSON.
import { parseArgs } from 'node:util';
import { serverUrls } from '@citymatch/service-kit';
import { composeMime } from '../src/domain/compose-mime.js';
import { renderMatchEmail } from '../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../src/domain/sample-match.js';
import { createMailTransport } from '../src/mail/mail-transport.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { count: { type: 'string', default: '500' }, pool: { type: 'string', default: '5' } },
});
const count = Number(values.count);
const poolSize = Number(values.pool);
const { smtpUrl, mailpitApi } = serverUrls();
const run = `bench-${Date.now().toString(36)}`;
const email = renderMatchEmail(sampleMatchEmailInput('fa'));

async function bench(label: string, mode: { pool: boolean; size: number }) {
  const transport = createMailTransport({
    smtpUrl,
    poolSize: mode.size,
    emlDir: '',
    pool: mode.pool,
  });
  const to = `${run}-${label}@bench.citymatch.example`;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      transport.send(
        composeMime(email, {
          from: { name: 'CityMatch', address: 'notifications@citymatch.local' },
          to: { name: 'Bench', address: to },
          messageId: `<${run}.${label}.${i}@citymatch.local>`,
        }),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  const perSecond = Math.round((count / seconds) * 10) / 10;
  console.log(
    `${label.padEnd(22)} ${count} emails in ${seconds.toFixed(2)} s: ${perSecond} emails/s`,
  );
  return { emails: count, seconds: Math.round(seconds * 1000) / 1000, emailsPerSecond: perSecond };
}

console.log(`SMTP ${smtpUrl}, ${count} emails per mode (${email.subject.length}-char subject, fa)`);
const pooled = await bench(`pool-${poolSize}`, { pool: true, size: poolSize });
const single = await bench('single-connection', { pool: true, size: 1 });
const perEmail = await bench('connection-per-email', { pool: false, size: 1 });
// leave the shared Mailpit as it was
await fetch(`${mailpitApi}/api/v1/search?query=${encodeURIComponent(`to:"${run}"`)}`, {
  method: 'DELETE',
}).catch(() => undefined);
console.log(
  JSON.stringify({
    smtp: smtpUrl,
    emails: count,
    poolSize,
    pooled: pooled.emailsPerSecond,
    singleConnection: single.emailsPerSecond,
    connectionPerEmail: perEmail.emailsPerSecond,
    speedupPoolVsSingle: Math.round((pooled.emailsPerSecond / single.emailsPerSecond) * 100) / 100,
  }),
);
