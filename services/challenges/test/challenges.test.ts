import t from 'tap';
import {
  bearer,
  challengeBody,
  createChallenge,
  createOrg,
  testApp,
  tokens,
} from './helpers/test-app.js';

t.test('challenge lifecycle over HTTP: draft, edit, publish, close', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'izmir');
  const own = bearer(await tokens.municipality('izmir'));

  const created = await app.inject({
    method: 'POST',
    url: '/organisations/izmir/challenges',
    headers: own,
    payload: challengeBody({
      title: ' Akıllı şehir ',
      // decomposed: C + combining cedilla; stored as one composed Ç (NFC)
      description: 'C\u0327ok satırlı\nmetin',
      sectors: ['  atık  yönetimi ', 'atık yönetimi', 'Ulaşım'],
    }),
  });
  t.equal(created.statusCode, 201);
  t.equal(created.headers.etag, '"v1"');
  const c = created.json();
  t.equal(created.headers.location, `/challenges/${c.id}`);
  t.match(c, {
    orgId: 'izmir',
    status: 'draft',
    version: 1,
    title: 'Akıllı şehir',
    description: '\u00C7ok satırlı\nmetin',
    sectors: ['atık yönetimi', 'Ulaşım'],
    contactEmail: 'ops@izmir.example.org',
  });

  t.equal((await app.inject({ url: `/challenges/${c.id}` })).statusCode, 404, 'drafts are private');
  const otherOrg = bearer(await tokens.municipality('ankara'));
  t.equal((await app.inject({ url: `/challenges/${c.id}`, headers: otherOrg })).statusCode, 404);
  const ownRead = await app.inject({ url: `/challenges/${c.id}`, headers: own });
  t.equal(ownRead.statusCode, 200, 'its organisation sees its draft');
  t.equal(ownRead.json().contactEmail, 'ops@izmir.example.org');
  t.equal(ownRead.headers.etag, '"v1"');

  const patch = (headers: Record<string, string>, payload: unknown) =>
    app.inject({
      method: 'PATCH',
      url: `/challenges/${c.id}`,
      headers,
      payload: payload as object,
    });
  const missing = await patch(own, { title: 'x' });
  t.equal(missing.statusCode, 428);
  t.match(missing.headers['content-type'], /application\/problem\+json/);
  const stale = await patch({ ...own, 'if-match': '"v9"' }, { title: 'x' });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'CHALLENGE_PRECONDITION_FAILED');
  const ok = await patch({ ...own, 'if-match': '"v1"' }, { title: 'Yeni başlık', deadline: null });
  t.equal(ok.statusCode, 200);
  t.match(ok.json(), { title: 'Yeni başlık', deadline: null, version: 2 });
  t.equal(ok.headers.etag, '"v2"');
  const replay = await patch({ ...own, 'if-match': '"v1"' }, { title: 'lost update' });
  t.equal(replay.statusCode, 412, 'a second write with the old ETag is refused');

  const publish = await app.inject({
    method: 'POST',
    url: `/challenges/${c.id}/publish`,
    headers: { ...own, 'if-match': '"v2"' },
  });
  t.equal(publish.statusCode, 200);
  t.match(publish.json(), { status: 'published', version: 3 });
  const again = await app.inject({
    method: 'POST',
    url: `/challenges/${c.id}/publish`,
    headers: own,
  });
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'CHALLENGE_INVALID_TRANSITION');

  const pub = await app.inject({ url: `/challenges/${c.id}` });
  t.equal(pub.statusCode, 200, 'published: public');
  t.notOk('contactEmail' in pub.json(), 'no contact email in a public read');

  const close = await app.inject({
    method: 'POST',
    url: `/challenges/${c.id}/close`,
    headers: own,
  });
  t.equal(close.statusCode, 200);
  t.match(close.json(), { status: 'closed', version: 4 });
  const editClosed = await patch({ ...own, 'if-match': '"v4"' }, { title: 'x' });
  t.equal(editClosed.statusCode, 409, 'closed is final');
  const closeAgain = await app.inject({
    method: 'POST',
    url: `/challenges/${c.id}/close`,
    headers: own,
  });
  t.equal(closeAgain.statusCode, 409);
});

t.test('refusals: unknown org or challenge, past deadline, closing a draft', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'mersin');
  const admin = bearer(await tokens.admin());
  const noOrg = await app.inject({
    method: 'POST',
    url: '/organisations/ghost/challenges',
    headers: admin,
    payload: challengeBody(),
  });
  t.equal(noOrg.statusCode, 404);
  t.equal(noOrg.json().code, 'CHALLENGE_ORG_NOT_FOUND');
  const none = await app.inject({ url: '/challenges/abc123', headers: admin });
  t.equal(none.statusCode, 404);
  t.equal(none.json().code, 'CHALLENGE_NOT_FOUND');
  const noPublish = await app.inject({
    method: 'POST',
    url: '/challenges/abc123/publish',
    headers: admin,
  });
  t.equal(noPublish.statusCode, 404);

  const late = await createChallenge(app, 'mersin', {
    body: { deadline: '2001-01-01T00:00:00Z' },
  });
  const lateRes = await app.inject({
    method: 'POST',
    url: `/challenges/${late.id}/publish`,
    headers: admin,
  });
  t.equal(lateRes.statusCode, 409);
  t.equal(lateRes.json().code, 'CHALLENGE_DEADLINE_PASSED');
  const closeDraft = await app.inject({
    method: 'POST',
    url: `/challenges/${late.id}/close`,
    headers: admin,
  });
  t.equal(closeDraft.statusCode, 409, 'a draft was never public: nothing to close');
});

t.test('list: filters, visibility and cursor pagination', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'shiraz', { country: 'IR', city: 'شیراز' });
  await createOrg(app, 'antalya');
  const fa = await createChallenge(app, 'shiraz', {
    publish: true,
    body: {
      sectors: ['مدیریت پسماند'],
      city: 'شیراز',
      country: 'IR',
      language: 'fa',
      title: 'پسماند',
    },
  });
  const ar = await createChallenge(app, 'shiraz', {
    close: true,
    body: { sectors: ['النقل'], city: 'شیراز', country: 'IR', language: 'ar' },
  });
  const draft = await createChallenge(app, 'shiraz', { body: { sectors: ['Waste'] } });
  const tr = [];
  for (let i = 0; i < 5; i++) {
    tr.push(await createChallenge(app, 'antalya', { publish: true, body: { sectors: ['Waste'] } }));
  }
  const ids = async (query: string, headers = {}) => {
    const res = await app.inject({ url: `/challenges${query}`, headers });
    t.equal(res.statusCode, 200, query);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };
  const sorted = (...list: { id: string }[]) => list.map((c) => c.id).sort();

  t.same(await ids('?limit=100'), sorted(fa, ar, ...tr), 'public: published and closed only');
  t.same(await ids('?status=closed'), sorted(ar));
  t.same(await ids('?status=draft'), [], 'no drafts in public');
  t.same(await ids(`?sector=${encodeURIComponent('مدیریت پسماند')}`), sorted(fa));
  t.same(await ids('?sector=WASTE&limit=100'), sorted(...tr), 'sector filter ignores case');
  t.same(await ids(`?city=${encodeURIComponent('شیراز')}`), sorted(fa, ar));
  t.same(await ids('?country=TR&limit=100'), sorted(...tr));
  t.same(await ids('?language=ar'), sorted(ar));
  t.same(await ids('?orgId=shiraz'), sorted(fa, ar));
  const own = bearer(await tokens.municipality('shiraz'));
  t.same(await ids('?orgId=shiraz', own), sorted(fa, ar, draft), 'its org sees its drafts');
  t.same(await ids('?status=draft', bearer(await tokens.admin())), sorted(draft), 'admin too');
  t.same(await ids('?status=draft', bearer(await tokens.municipality('antalya'))), []);

  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = `?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await app.inject({ url: `/challenges${q}` });
    const body = res.json();
    t.notOk(JSON.stringify(body).includes('contactEmail'), 'lists never carry contact emails');
    seen.push(...body.items.map((i: { id: string }) => i.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  t.equal(pages, 3, '7 challenges in pages of 3');
  t.same([...seen].sort(), sorted(fa, ar, ...tr), 'every challenge once');
  t.equal(new Set(seen).size, seen.length);

  const bad = await app.inject({ url: '/challenges?cursor=not-a-cursor' });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().code, 'CHALLENGE_INVALID_CURSOR');
  const badLimit = await app.inject({ url: '/challenges?limit=1000' });
  t.equal(badLimit.statusCode, 400);
  const unknown = await app.inject({ url: '/challenges?colour=red' });
  t.equal(unknown.statusCode, 400, 'unknown query parameters are refused');
});

t.test('writes are rate limited per caller (Redis store)', async (t) => {
  const { app } = await testApp(t, { RATE_LIMIT_MAX: '2' });
  const own = bearer(await tokens.municipality('kars'));
  const codes = [];
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({
      method: 'PATCH',
      url: '/organisations/kars',
      headers: { ...own, 'if-match': '"v1"' },
      payload: { name: 'Kars' },
    });
    codes.push(res.statusCode);
    if (i === 2) {
      t.equal(res.json().code, 'RATE_LIMITED');
      t.ok(res.headers['retry-after']);
    }
  }
  t.same(codes, [404, 404, 429]);
});
