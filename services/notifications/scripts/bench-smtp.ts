// Emails per second to the local SMTP server (Mailpit from infra/), with the pooled transport
// the service uses beside a single SMTP connection and a connection per email, in one run.
// Rounds alternate the modes after a warm-up and the median round counts, since the machine is
// shared. `pnpm bench:email [--count 300] [--pool N] [--rounds 3]` (N defaults to the service's
// SMTP_POOL_SIZE default); the last line is JSON.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serverUrls } from '@citymatch/service-kit';
import { NotificationsConfig } from '../src/config.js';
import { composeMime } from '../src/domain/compose-mime.js';
import { renderMatchEmail } from '../src/domain/render-match-email.js';
import { sampleMatchEmailInput } from '../src/domain/sample-match.js';
import { createMailTransport } from '../src/mail/mail-transport.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    count: { type: 'string', default: '300' },
    pool: {
      type: 'string',
      default: String(NotificationsConfig.properties.SMTP_POOL_SIZE.default),
    },
    rounds: { type: 'string', default: '3' },
  },
});
const rounds = Number(values.rounds);
let count = Number(values.count);
const poolSize = Number(values.pool);
const { smtpUrl, mailpitApi } = serverUrls();
const run = `bench-${Date.now().toString(36)}`;
const email = renderMatchEmail(sampleMatchEmailInput('fa'));

async function bench(label: string, mode: { pool: boolean; size: number }, round: number) {
  const transport = createMailTransport({
    smtpUrl,
    poolSize: mode.size,
    emlDir: '',
    pool: mode.pool,
  });
  const to = `${run}-${label}-${round}@bench.citymatch.example`;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      transport.send(
        composeMime(email, {
          from: { name: 'CityMatch', address: 'notifications@citymatch.local' },
          to: { name: 'Bench', address: to },
          messageId: `<${run}.${label}.${round}.${i}@citymatch.local>`,
        }),
      ),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  const perSecond = Math.round((count / seconds) * 10) / 10;
  console.log(
    `${label.padEnd(22)} round ${round}: ${count} emails in ${seconds.toFixed(2)} s: ${perSecond}/s`,
  );
  return perSecond;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(`SMTP ${smtpUrl}, ${count} emails per mode (${email.subject.length}-char subject, fa)`);
const modes = [
  [`pool-${poolSize}`, { pool: true, size: poolSize }],
  ['single-connection', { pool: true, size: 1 }],
  ['connection-per-email', { pool: false, size: 1 }],
] as const;
const wanted = count;
count = 30; // warm-up: JIT, rendering, the server's first connections
for (const [label, mode] of modes) await bench(label, mode, 0);
count = wanted;
const results = new Map<string, number[]>(modes.map(([label]) => [label, []]));
for (let round = 1; round <= rounds; round++) {
  for (const [label, mode] of modes) results.get(label)?.push(await bench(label, mode, round));
}
const [pooled, single, perEmail] = modes.map(([label]) => median(results.get(label) ?? []));
// leave the shared Mailpit as it was
await fetch(`${mailpitApi}/api/v1/search?query=${encodeURIComponent(`to:${run}`)}`, {
  method: 'DELETE',
}).catch(() => undefined);
console.log(
  JSON.stringify({
    smtp: smtpUrl,
    emails: count,
    poolSize,
    rounds,
    medianEmailsPerSecond: { pooled, singleConnection: single, connectionPerEmail: perEmail },
    speedupPoolVsSingle: Math.round(((pooled ?? 0) / (single ?? 1)) * 100) / 100,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  }),
);
