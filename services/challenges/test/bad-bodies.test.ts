import { Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, challengeBody, createOrg, orgBody, testApp, tokens } from './helpers/test-app.js';

// Bad bodies are refused with 4xx problem+json, store nothing and send no event.

interface BadCase {
  name: string;
  route?: 'create' | 'patch' | 'org' | 'close';
  /** An object (sent as JSON), a string or raw bytes (sent as they are). */
  body: unknown;
  contentType?: string;
}

const utf8Raw = (before: string, bytes: number[], after: string) =>
  Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
const valid = JSON.stringify(challengeBody());
const withTitleRaw = (bytes: number[]) =>
  utf8Raw(`${valid.slice(0, -1)},"title":"ab`, bytes, 'cd"}');
const manyTags = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);
const c = challengeBody;
const without = (key: string) => {
  const body: Record<string, unknown> = c();
  delete body[key];
  return body;
};

const CASES: BadCase[] = [
  { name: 'title is a number', body: c({ title: 42 }) },
  { name: 'title is null', body: c({ title: null }) },
  { name: 'title is an array', body: c({ title: ['a'] }) },
  { name: 'title is empty', body: c({ title: '' }) },
  { name: 'title is only spaces', body: c({ title: '    ' }) },
  { name: 'title over 300 chars', body: c({ title: 'a'.repeat(301) }) },
  { name: 'Arabic title over 300 chars', body: c({ title: 'م'.repeat(301) }) },
  { name: 'huge title (100k chars)', body: c({ title: 'x'.repeat(100_000) }) },
  { name: 'description over 20,000 chars', body: c({ description: 'd'.repeat(20_001) }) },
  { name: 'description is an object', body: c({ description: { text: 'x' } }) },
  { name: 'sectors is a string', body: c({ sectors: 'waste' }) },
  { name: 'sectors is empty', body: c({ sectors: [] }) },
  { name: '10,000 tags', body: c({ sectors: manyTags(10_000) }) },
  { name: '21 tags', body: c({ sectors: manyTags(21) }) },
  { name: 'an empty tag', body: c({ sectors: [''] }) },
  { name: 'a blank tag', body: c({ sectors: ['   '] }) },
  { name: 'a 65-char tag', body: c({ sectors: ['t'.repeat(65)] }) },
  { name: 'a numeric tag', body: c({ sectors: [123] }) },
  { name: 'a null tag', body: c({ sectors: [null] }) },
  { name: 'an object tag', body: c({ sectors: [{ a: 1 }] }) },
  { name: 'city missing', body: without('city') },
  { name: 'city empty', body: c({ city: '' }) },
  { name: 'city over 120 chars', body: c({ city: 'c'.repeat(121) }) },
  { name: 'country lower case', body: c({ country: 'tr' }) },
  { name: 'country alpha-3', body: c({ country: 'TUR' }) },
  { name: 'language de', body: c({ language: 'de' }) },
  { name: 'language upper case', body: c({ language: 'EN' }) },
  { name: 'language null', body: c({ language: null }) },
  { name: 'deadline is prose', body: c({ deadline: 'tomorrow' }) },
  { name: 'deadline is a number', body: c({ deadline: 12345 }) },
  { name: 'deadline without a time', body: c({ deadline: '2030-01-01' }) },
  { name: 'contact email invalid', body: c({ contactEmail: 'not-an-email' }) },
  { name: 'contact email missing', body: without('contactEmail') },
  { name: 'contact email too long', body: c({ contactEmail: `${'a'.repeat(300)}@x.org` }) },
  { name: 'unknown field status', body: c({ status: 'published' }) },
  { name: 'unknown field orgId', body: c({ orgId: 'someone-else' }) },
  { name: 'unknown field version', body: c({ version: 99 }) },
  { name: '__proto__ poisoning', body: `${valid.slice(0, -1)},"__proto__":{"admin":true}}` },
  {
    name: 'constructor.prototype poisoning',
    body: `${valid.slice(0, -1)},"constructor":{"prototype":{"admin":true}}}`,
  },
  { name: 'NUL in title', body: c({ title: 'a\u0000b' }) },
  { name: 'BEL in title', body: c({ title: 'a\u0007b' }) },
  { name: 'ESC in title', body: c({ title: 'a\u001b[31mred' }) },
  { name: 'DEL in title', body: c({ title: 'a\u007fb' }) },
  { name: 'NUL in description', body: c({ description: 'line\u0000' }) },
  { name: 'C1 NEL in a tag', body: c({ sectors: ['waste\u0085'] }) },
  { name: 'newline in city', body: c({ city: 'Van\nCity' }) },
  { name: 'lone high surrogate in title', body: `${valid.slice(0, -1)},"title":"a\\ud800b"}` },
  { name: 'lone low surrogate in a tag', body: `${valid.slice(0, -1)},"sectors":["\\udc00"]}` },
  { name: 'invalid UTF-8 byte 0xFF', body: withTitleRaw([0xff]) },
  { name: 'overlong UTF-8 (0xC0 0xAF)', body: withTitleRaw([0xc0, 0xaf]) },
  { name: 'truncated UTF-8 sequence', body: withTitleRaw([0xe2, 0x82]) },
  { name: 'UTF-8 encoded surrogate (CESU)', body: withTitleRaw([0xed, 0xa0, 0x80]) },
  { name: 'not JSON', body: 'title=hello' },
  { name: 'truncated JSON', body: valid.slice(0, 40) },
  { name: 'a JSON array', body: '[]' },
  { name: 'a JSON string', body: '"challenge"' },
  { name: 'JSON null', body: 'null' },
  { name: 'empty body', body: '' },
  { name: 'text/plain', body: valid, contentType: 'text/plain' },
  { name: 'form-encoded', body: 'title=x', contentType: 'application/x-www-form-urlencoded' },
  { name: 'body over 64 KiB', body: c({ description: 'é'.repeat(40_000) }) },
  { name: 'patch: empty', route: 'patch', body: {} },
  { name: 'patch: unknown field status', route: 'patch', body: { status: 'closed' } },
  { name: 'patch: empty title', route: 'patch', body: { title: '' } },
  { name: 'patch: 10,000 tags', route: 'patch', body: { sectors: manyTags(10_000) } },
  { name: 'patch: control char', route: 'patch', body: { title: 'x\u0001' } },
  { name: 'patch: invalid UTF-8', route: 'patch', body: utf8Raw('{"title":"', [0xff], '"}') },
  { name: 'patch: orgId', route: 'patch', body: { orgId: 'other' } },
  { name: 'close: reason over 500', route: 'close', body: { reason: 'r'.repeat(501) } },
  { name: 'close: reason control char', route: 'close', body: { reason: 'r\u0000' } },
  { name: 'close: unknown field', route: 'close', body: { status: 'draft' } },
  { name: 'org: unknown kind', route: 'org', body: orgBody('neworg', { kind: 'city' }) },
  { name: 'org: no languages', route: 'org', body: orgBody('neworg', { languages: [] }) },
  {
    name: 'org: repeated language',
    route: 'org',
    body: orgBody('neworg', { languages: ['tr', 'tr'] }),
  },
  { name: 'org: id with colon', route: 'org', body: orgBody('a:b') },
  { name: 'org: id over 64', route: 'org', body: orgBody('o'.repeat(65)) },
  { name: 'org: control char in name', route: 'org', body: orgBody('neworg', { name: 'x\u0000' }) },
];

t.test(`${CASES.length} bad bodies: 4xx problem+json, nothing stored, no event`, async (t) => {
  t.ok(CASES.length >= 50, 'at least 50 cases');
  const { app, db } = await testApp(t);
  const watch = await watchTopic(t, Topics.challenges);
  await createOrg(app, 'trabzon');
  const admin = bearer(await tokens.admin());
  const create = await app.inject({
    method: 'POST',
    url: '/organisations/trabzon/challenges',
    headers: admin,
    payload: challengeBody(),
  });
  const published = create.json().id as string;
  const pub = await app.inject({
    method: 'POST',
    url: `/challenges/${published}/publish`,
    headers: admin,
  });
  t.equal(pub.statusCode, 200);
  const etag = String(pub.headers.etag);
  await watch.waitFor(published, 1);

  for (const bad of CASES) {
    const route = bad.route ?? 'create';
    const target = {
      create: { method: 'POST', url: '/organisations/trabzon/challenges' },
      patch: { method: 'PATCH', url: `/challenges/${published}` },
      close: { method: 'POST', url: `/challenges/${published}/close` },
      org: { method: 'POST', url: '/organisations' },
    }[route] as { method: 'POST' | 'PATCH'; url: string };
    const raw = typeof bad.body === 'string' || Buffer.isBuffer(bad.body);
    const res = await app.inject({
      ...target,
      headers: {
        ...admin,
        ...(route === 'patch' ? { 'if-match': etag } : {}),
        'content-type': bad.contentType ?? 'application/json',
      },
      payload: (raw ? bad.body : JSON.stringify(bad.body)) as string | Buffer,
    });
    const ok =
      res.statusCode >= 400 &&
      res.statusCode < 500 &&
      /^application\/problem\+json/.test(String(res.headers['content-type'])) &&
      typeof res.json().code === 'string';
    t.ok(ok, `${bad.name}: ${res.statusCode} ${ok ? res.json().code : res.body.slice(0, 200)}`);
  }

  t.equal(await db.collection('challenges').countDocuments({}), 1, 'no challenge stored');
  t.equal(await db.collection('organisations').countDocuments({}), 1, 'no organisation stored');
  const after = await app.inject({ url: `/challenges/${published}` });
  t.match(after.json(), { status: 'published', version: 2 }, 'the published one is unchanged');

  // a sentinel published after every bad request: once it arrives, anything else would have too
  const sentinel = await app.inject({
    method: 'POST',
    url: '/organisations/trabzon/challenges',
    headers: admin,
    payload: challengeBody(),
  });
  const sid = sentinel.json().id as string;
  await app.inject({ method: 'POST', url: `/challenges/${sid}/publish`, headers: admin });
  await watch.waitFor(sid, 1);
  await new Promise((r) => setTimeout(r, 300));
  t.equal(watch.keyed(published).length, 1, 'no event beyond the one publication');
});
