import { serverUrls, uniqueName } from '@citymatch/service-kit';
import {
  bearer,
  capturedLogs,
  missingSecurityHeaders,
  tamperedTokens,
  tokens,
} from '@citymatch/testkit';
import type { LightMyRequestResponse } from 'fastify';
import mongoose from 'mongoose';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { readConfig } from '../../src/config.js';
import { challengeBody, createChallenge, createOrg, orgBody } from '../helpers/test-app.js';

// Tampered tokens on every protected route, per-caller rate limits, no contact email in a
// public answer, no token in the logs, security headers on every answer.

const db = uniqueName('challenges-sec');
const logs = capturedLogs('challenges');
const app = await buildApp({
  config: readConfig({
    ...process.env,
    MONGO_DB: db,
    RATE_LIMIT_NAMESPACE: `${uniqueName('rl')}:`,
    RATE_LIMIT_MAX: '5',
    LOG_LEVEL: 'debug',
  }),
  logger: logs.logger,
});
await app.ready();
t.teardown(async () => {
  await app.close();
  const conn = await mongoose.createConnection(serverUrls().mongoUrl, { dbName: db }).asPromise();
  await conn.dropDatabase().catch(() => undefined);
  await conn.close();
});

const answers: LightMyRequestResponse[] = [];
const inject: typeof app.inject = (async (opts: never) => {
  const res = await app.inject(opts);
  answers.push(res);
  return res;
}) as never;
const sentTokens: string[] = [];

const contact = 'secret-contact@izmir.example.org';
await createOrg(app, 'secorg');
const draft = await createChallenge(app, 'secorg', { body: { contactEmail: contact } });
const published = await createChallenge(app, 'secorg', {
  publish: true,
  body: { contactEmail: contact },
});

const routes = [
  { method: 'POST', url: '/organisations', payload: orgBody('newsec') },
  { method: 'PATCH', url: '/organisations/secorg', payload: { name: 'X' } },
  { method: 'POST', url: '/organisations/secorg/challenges', payload: challengeBody() },
  { method: 'PATCH', url: `/challenges/${draft.id}`, payload: { title: 'X' } },
  { method: 'POST', url: `/challenges/${draft.id}/publish` },
  { method: 'POST', url: `/challenges/${published.id}/close`, payload: { reason: 'x' } },
] as const;

t.test('tampered tokens are refused on every write route, and change nothing', async (t) => {
  const bad = await tamperedTokens({ role: 'municipality', org: 'secorg' });
  const before = await app.inject({
    url: `/challenges/${draft.id}`,
    headers: bearer(await tokens.admin()),
  });
  for (const route of routes) {
    for (const [name, token] of bad) {
      sentTokens.push(token);
      const res = await inject({ ...route, headers: bearer(token) } as never);
      t.equal(
        res.statusCode,
        401,
        `${route.method} ${route.url}, ${name}: ${res.body.slice(0, 120)}`,
      );
      t.match(res.headers['content-type'], /^application\/problem\+json/);
      t.equal(res.json().code, 'AUTH_INVALID');
    }
  }
  const after = await app.inject({
    url: `/challenges/${draft.id}`,
    headers: bearer(await tokens.admin()),
  });
  t.equal(after.json().version, before.json().version, 'the draft is unchanged');
  t.equal((await app.inject({ url: '/organisations/newsec' })).statusCode, 404, 'no org created');
});

t.test("another org's municipality and a startup may not write", async (t) => {
  const other = await tokens.municipality('another-org');
  const startup = await tokens.startup('st-1');
  sentTokens.push(other, startup);
  for (const route of routes.slice(1)) {
    const res = await inject({ ...route, headers: bearer(other) } as never);
    t.equal(res.statusCode, 403, `${route.url}: another org`);
    t.equal(res.json().code, 'FORBIDDEN_TENANT');
    const st = await inject({ ...route, headers: bearer(startup) } as never);
    t.equal(st.statusCode, 403, `${route.url}: a startup`);
    t.equal(st.json().code, 'FORBIDDEN_ROLE');
  }
});

t.test(
  'rate limits hold per caller: 429 with Retry-After, another caller unaffected',
  async (t) => {
    const a = await tokens.municipality('rl-org-a');
    const b = await tokens.municipality('rl-org-b');
    sentTokens.push(a, b);
    const write = (token: string) =>
      inject({
        method: 'PATCH',
        url: '/organisations/rl-org-a',
        headers: { ...bearer(token), 'if-match': '"1"' },
        payload: { name: 'x' },
      });
    for (let i = 0; i < 5; i++) t.not((await write(a)).statusCode, 429, `write ${i + 1} passes`);
    const limited = await write(a);
    t.equal(limited.statusCode, 429);
    t.match(limited.headers['content-type'], /^application\/problem\+json/);
    t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After');
    t.equal(limited.json().code, 'RATE_LIMITED');
    t.not((await write(b)).statusCode, 429, 'another caller still writes');
  },
);

t.test('no contact email in any public answer', async (t) => {
  const publicReads = [
    { url: '/challenges' },
    { url: `/challenges/${published.id}` },
    { url: `/challenges/${published.id}`, headers: bearer(await tokens.startup('st-1')) },
    { url: `/challenges/${published.id}`, headers: bearer(await tokens.municipality('another')) },
    { url: '/challenges', headers: bearer(await tokens.municipality('another')) },
    { url: '/organisations/secorg' },
  ];
  for (const r of publicReads) {
    const res = await inject(r as never);
    t.equal(res.statusCode, 200, r.url);
    t.notMatch(res.body, contact, `${r.url}: no contact email`);
    t.notMatch(res.body, /contactEmail/, `${r.url}: no contactEmail field`);
  }
  const own = await app.inject({
    url: `/challenges/${published.id}`,
    headers: bearer(await tokens.municipality('secorg')),
  });
  t.match(own.body, contact, 'its own org still sees it');
});

t.test('every answer of this file carried the security headers', async (t) => {
  t.ok(answers.length > 50);
  const broken = answers.filter((r) => missingSecurityHeaders(r).length > 0);
  t.same(broken.map((r) => missingSecurityHeaders(r)).slice(0, 3), [], 'headers on every answer');
  const nonProblem = answers.filter(
    (r) =>
      r.statusCode >= 400 && !/^application\/problem\+json/.test(String(r.headers['content-type'])),
  );
  t.equal(nonProblem.length, 0, 'every refusal problem+json');
});

t.test('no token in the logs', async (t) => {
  t.ok(logs.lines.length > 50, `${logs.lines.length} log lines captured`);
  const text = logs.lines.join('');
  const leaked = sentTokens.filter(
    (tok) => tok.length > 20 && text.includes(tok.split('.')[2] || tok),
  );
  t.same(leaked, [], 'no token (nor its signature) appears in any log line');
  t.notMatch(text, /Bearer [A-Za-z0-9]/, 'no Authorization header value');
});
