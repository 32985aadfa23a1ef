import t from 'tap';
import { bearer, orgBody, testApp, tokens } from './helpers/test-app.js';

t.test('organisations: register, read, edit with If-Match', async (t) => {
  const { app } = await testApp(t);
  const own = bearer(await tokens.municipality('tehran'));

  const created = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: own,
    payload: orgBody('tehran', {
      kind: 'innovation_centre',
      name: '  کارخانه نوآوری تهران ',
      country: 'IR',
      city: 'تهران',
      languages: ['fa', 'en'],
    }),
  });
  t.equal(created.statusCode, 201, 'a municipality token registers its own organisation');
  t.equal(created.headers.etag, '"v1"');
  t.equal(created.headers.location, '/organisations/tehran');
  t.equal(created.json().name, 'کارخانه نوآوری تهران', 'trimmed');

  const again = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: bearer(await tokens.admin()),
    payload: orgBody('tehran'),
  });
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'CHALLENGE_ORG_EXISTS');

  const read = await app.inject({ url: '/organisations/tehran' });
  t.equal(read.statusCode, 200, 'public read');
  t.match(read.json(), { id: 'tehran', kind: 'innovation_centre', languages: ['fa', 'en'] });
  t.equal(read.headers.etag, '"v1"');

  const missing = await app.inject({ url: '/organisations/nowhere' });
  t.equal(missing.statusCode, 404);
  t.equal(missing.json().code, 'CHALLENGE_ORG_NOT_FOUND');

  const noIfMatch = await app.inject({
    method: 'PATCH',
    url: '/organisations/tehran',
    headers: own,
    payload: { kind: 'science_park' },
  });
  t.equal(noIfMatch.statusCode, 428);
  t.equal(noIfMatch.json().code, 'CHALLENGE_PRECONDITION_REQUIRED');

  const stale = await app.inject({
    method: 'PATCH',
    url: '/organisations/tehran',
    headers: { ...own, 'if-match': '"v7"' },
    payload: { kind: 'science_park' },
  });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'CHALLENGE_PRECONDITION_FAILED');

  const patched = await app.inject({
    method: 'PATCH',
    url: '/organisations/tehran',
    headers: { ...own, 'if-match': '"v1"' },
    payload: { kind: 'science_park' },
  });
  t.equal(patched.statusCode, 200);
  t.equal(patched.json().kind, 'science_park');
  t.equal(patched.headers.etag, '"v2"');

  const otherTenant = await app.inject({
    method: 'POST',
    url: '/organisations',
    headers: own,
    payload: orgBody('isfahan'),
  });
  t.equal(otherTenant.statusCode, 403, 'not for another organisation');
  t.equal(otherTenant.json().code, 'FORBIDDEN_TENANT');
});
