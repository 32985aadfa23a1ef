import { capturedLogs, missingSecurityHeaders } from '@citymatch/testkit';
import type { LightMyRequestResponse } from 'fastify';
import t from 'tap';
import { signUnsubscribeToken } from '../../src/domain/unsubscribe-token.js';
import { TEST_SECRET, testService } from '../helpers/test-app.js';

// Unsubscribe tokens cannot be forged, re-pointed or reused for another startup; refusals are
// problem+json and record nothing; tokens never reach the logs; every answer has the security
// headers, the HTML pages a CSP of their own.

const logs = capturedLogs('notifications');
const smtpPassword = 'smtp-pass-word-never-logged-42';
const { app } = await testService(
  t,
  {
    SMTP_URL: `smtp://fuzz:${smtpPassword}@127.0.0.1:1`,
    LOG_LEVEL: 'debug',
    RATE_LIMIT_MAX: '1000',
  },
  { logger: logs.logger },
);
const answers: LightMyRequestResponse[] = [];
const post = async (url: string, payload?: object) => {
  const res = await app.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  answers.push(res);
  return res;
};
const hour = () => new Date(Date.now() + 3_600_000);
const tokenOf = (startupId: string, expiresAt = hour(), secret = TEST_SECRET) =>
  signUnsubscribeToken({ startupId, expiresAt }, secret);

const a = tokenOf('stp-a');
const sentTokens: string[] = [a];

t.test('forged, expired, tampered and re-pointed tokens: refused, nothing recorded', async (t) => {
  const [payloadA, sigA] = a.split('.') as [string, string];
  const payloadB = Buffer.from(JSON.stringify({ s: 'stp-b', e: 9_999_999_999 })).toString(
    'base64url',
  );
  const cases: [string, string, number][] = [
    ['forged signature', tokenOf('stp-b', hour(), 'another-secret-0123456789'), 403],
    ['expired', tokenOf('stp-b', new Date(Date.now() - 1000)), 403],
    ["startup A's signature on startup B's payload", `${payloadB}.${sigA}`, 403],
    ['signature of A, payload tampered (longer expiry)', `${payloadA}x.${sigA}`, 403],
    ['no signature', `${payloadB}.`, 400],
    ['three parts', `${payloadB}.${sigA}.x`, 400],
  ];
  for (const [name, token, status] of cases) {
    sentTokens.push(token);
    for (const res of [
      await post(`/unsubscribe?token=${encodeURIComponent(token)}`),
      await post('/unsubscribe', { token }),
    ]) {
      t.equal(res.statusCode, status, `${name}: ${res.body.slice(0, 100)}`);
      t.match(res.headers['content-type'], /^application\/problem\+json/, name);
    }
  }
  t.equal(await app.notifications.startups.get('stp-b'), null, 'nothing recorded for B');
  t.equal(await app.notifications.startups.get('stp-a'), null, 'nor for A');

  const ok = await post(`/unsubscribe?token=${a}`);
  t.equal(ok.statusCode, 200);
  t.same(
    ok.json(),
    { status: 'unsubscribed', startupId: 'stp-a' },
    "A's token unsubscribes A only",
  );
  t.equal(await app.notifications.startups.get('stp-b'), null, 'B still subscribed');
});

t.test('the pages carry a CSP; every answer the security headers', async (t) => {
  const page = await app.inject({ url: `/unsubscribe?token=${tokenOf('stp-page')}` });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-security-policy'], /default-src 'none'/);
  t.match(page.headers['content-security-policy'], /frame-ancestors 'none'/);
  answers.push(page);
  const broken = answers.filter((r) => missingSecurityHeaders(r).length > 0);
  t.same(
    broken.map((r) => missingSecurityHeaders(r)),
    [],
    `${answers.length} answers checked`,
  );
  t.notOk(
    answers.some((r) => /@/.test(r.body)),
    'no email address in any answer',
  );
});

t.test('no unsubscribe token and no SMTP password in the logs', async (t) => {
  await new Promise((r) => setTimeout(r, 500));
  const text = logs.lines.join('');
  t.ok(logs.lines.length > 10, `${logs.lines.length} log lines`);
  t.match(text, /token=\[redacted\]/, 'the logged URL keeps the parameter, not its value');
  const leaked = sentTokens.filter((tok) => {
    const sig = tok.split('.')[1];
    return sig !== undefined && sig.length > 10 && text.includes(sig);
  });
  t.same(leaked, [], 'no token signature in any log line');
  t.notMatch(text, smtpPassword, 'no SMTP password');
});
