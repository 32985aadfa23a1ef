import { Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, registerStartup, startupBody, testApp, tokens } from './helpers/test-app.js';

// Bad bodies are refused with 4xx problem+json, store nothing and send no event.

interface BadCase {
  name: string;
  route?: 'register' | 'patch' | 'deactivate';
  /** An object (sent as JSON), a string or raw bytes (sent as they are). */
  body: unknown;
  contentType?: string;
}

const s = (extra: Record<string, unknown>) => startupBody('newcomer', extra);
const valid = JSON.stringify(s({}));
const raw = (before: string, bytes: number[], after: string) =>
  Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
const withNameRaw = (bytes: number[]) => raw(`${valid.slice(0, -1)},"name":"ab`, bytes, 'cd"}');
const manyTags = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
const without = (key: string) => {
  const body: Record<string, unknown> = s({});
  delete body[key];
  return body;
};

const CASES: BadCase[] = [
  { name: 'name is a number', body: s({ name: 42 }) },
  { name: 'name is null', body: s({ name: null }) },
  { name: 'name is an array', body: s({ name: ['a'] }) },
  { name: 'name is empty', body: s({ name: '' }) },
  { name: 'name is only spaces', body: s({ name: '   ' }) },
  { name: 'name over 200 chars', body: s({ name: 'n'.repeat(201) }) },
  { name: 'Persian name over 200 chars', body: s({ name: 'ن'.repeat(201) }) },
  { name: 'huge name (100k chars)', body: s({ name: 'x'.repeat(100_000) }) },
  { name: 'description over 20,000', body: s({ description: 'd'.repeat(20_001) }) },
  { name: 'description is a number', body: s({ description: 1 }) },
  { name: 'sectors is a string', body: s({ sectors: 'waste' }) },
  { name: 'sectors is empty', body: s({ sectors: [] }) },
  { name: '10,000 tags', body: s({ sectors: manyTags(10_000) }) },
  { name: '21 tags', body: s({ sectors: manyTags(21) }) },
  { name: 'an empty tag', body: s({ sectors: [''] }) },
  { name: 'a blank tag', body: s({ sectors: ['  '] }) },
  { name: 'a 65-char tag', body: s({ sectors: ['t'.repeat(65)] }) },
  { name: 'a numeric tag', body: s({ sectors: [7] }) },
  { name: 'a nested tag list', body: s({ sectors: [['a']] }) },
  { name: 'country lower case', body: s({ country: 'ir' }) },
  { name: 'country missing', body: without('country') },
  { name: 'city empty', body: s({ city: '' }) },
  { name: 'city over 120', body: s({ city: 'c'.repeat(121) }) },
  { name: 'languages empty', body: s({ languages: [] }) },
  { name: 'languages repeated', body: s({ languages: ['fa', 'fa'] }) },
  { name: 'languages unknown', body: s({ languages: ['de'] }) },
  { name: 'languages a string', body: s({ languages: 'fa' }) },
  { name: 'five languages', body: s({ languages: ['fa', 'en', 'tr', 'ar', 'en'] }) },
  { name: 'preferred language not spoken', body: s({ preferredLanguage: 'tr' }) },
  { name: 'preferred language unknown', body: s({ preferredLanguage: 'fr' }) },
  { name: 'stage unknown', body: s({ stage: 'unicorn' }) },
  { name: 'notification preference unknown', body: s({ notificationPreference: 'weekly' }) },
  { name: 'contact email invalid', body: s({ contactEmail: 'nope' }) },
  { name: 'contact email missing', body: without('contactEmail') },
  { name: 'contact email too long', body: s({ contactEmail: `${'a'.repeat(300)}@x.org` }) },
  { name: 'id with a colon', body: startupBody('a:b') },
  { name: 'id over 64 chars', body: startupBody('i'.repeat(65)) },
  { name: 'id missing', body: without('id') },
  { name: 'unknown field status', body: s({ status: 'deactivated' }) },
  { name: 'unknown field version', body: s({ version: 9 }) },
  { name: '__proto__ poisoning', body: `${valid.slice(0, -1)},"__proto__":{"admin":true}}` },
  {
    name: 'constructor.prototype poisoning',
    body: `${valid.slice(0, -1)},"constructor":{"prototype":{"x":1}}}`,
  },
  { name: 'NUL in name', body: s({ name: 'a\u0000' }) },
  { name: 'ESC in name', body: s({ name: '\u001b[2J' }) },
  { name: 'C1 in a tag', body: s({ sectors: ['x\u009b'] }) },
  { name: 'vertical tab in description', body: s({ description: 'a\u000bb' }) },
  { name: 'newline in city', body: s({ city: 'a\nb' }) },
  { name: 'lone surrogate in name', body: `${valid.slice(0, -1)},"name":"\\udfff"}` },
  { name: 'invalid UTF-8 0xFF', body: withNameRaw([0xff]) },
  { name: 'overlong UTF-8', body: withNameRaw([0xc1, 0xbf]) },
  { name: 'truncated UTF-8', body: withNameRaw([0xd8]) },
  { name: 'UTF-8 surrogate (CESU)', body: withNameRaw([0xed, 0xb0, 0x80]) },
  { name: 'not JSON', body: 'name=x' },
  { name: 'truncated JSON', body: valid.slice(0, 30) },
  { name: 'a JSON array', body: '[1]' },
  { name: 'JSON null', body: 'null' },
  { name: 'a JSON number', body: '12' },
  { name: 'empty body', body: '' },
  { name: 'text/plain', body: valid, contentType: 'text/plain' },
  { name: 'form-encoded', body: 'a=b', contentType: 'application/x-www-form-urlencoded' },
  { name: 'body over 64 KiB', body: s({ description: 'é'.repeat(40_000) }) },
  { name: 'patch: empty', route: 'patch', body: {} },
  { name: 'patch: unknown field', route: 'patch', body: { status: 'active' } },
  { name: 'patch: id', route: 'patch', body: { id: 'other' } },
  { name: 'patch: 10,000 tags', route: 'patch', body: { sectors: manyTags(10_000) } },
  { name: 'patch: control char', route: 'patch', body: { name: 'x\u0002' } },
  { name: 'patch: drop the preferred language', route: 'patch', body: { languages: ['ar'] } },
  { name: 'patch: invalid UTF-8', route: 'patch', body: raw('{"name":"', [0xfe], '"}') },
  { name: 'deactivate: long reason', route: 'deactivate', body: { reason: 'r'.repeat(501) } },
  { name: 'deactivate: control char', route: 'deactivate', body: { reason: '\u0000' } },
  { name: 'deactivate: unknown field', route: 'deactivate', body: { status: 'active' } },
];

t.test(`${CASES.length} bad bodies: 4xx problem+json, nothing stored, no event`, async (t) => {
  t.ok(CASES.length >= 50, 'at least 50 cases');
  const { app, db } = await testApp(t);
  const watch = await watchTopic(t, Topics.startups);
  const existing = await registerStartup(app, 'existing');
  await watch.waitFor('existing', 1);
  const admin = bearer(await tokens.admin());

  for (const bad of CASES) {
    const route = bad.route ?? 'register';
    const target = {
      register: { method: 'POST', url: '/startups' },
      patch: { method: 'PATCH', url: '/startups/existing' },
      deactivate: { method: 'POST', url: '/startups/existing/deactivate' },
    }[route] as { method: 'POST' | 'PATCH'; url: string };
    const isRaw = typeof bad.body === 'string' || Buffer.isBuffer(bad.body);
    const res = await app.inject({
      ...target,
      headers: {
        ...admin,
        ...(route === 'patch' ? { 'if-match': existing.etag } : {}),
        'content-type': bad.contentType ?? 'application/json',
      },
      payload: (isRaw ? bad.body : JSON.stringify(bad.body)) as string | Buffer,
    });
    const ok =
      res.statusCode >= 400 &&
      res.statusCode < 500 &&
      /^application\/problem\+json/.test(String(res.headers['content-type'])) &&
      typeof res.json().code === 'string';
    t.ok(ok, `${bad.name}: ${res.statusCode} ${ok ? res.json().code : res.body.slice(0, 200)}`);
  }

  t.equal(await db.collection('startups').countDocuments({}), 1, 'no profile stored');
  const after = await app.inject({ url: '/startups/existing' });
  t.match(after.json(), { status: 'active', version: 1 }, 'the existing profile is unchanged');

  await registerStartup(app, 'sentinel');
  await watch.waitFor('sentinel', 1);
  await new Promise((r) => setTimeout(r, 300));
  t.equal(watch.keyed('existing').length, 1, 'no event beyond the registration');
  t.same(watch.keyed('newcomer'), [], 'nothing for the refused registrations');
});
