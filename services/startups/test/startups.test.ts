import t from 'tap';
import { bearer, registerStartup, startupBody, testApp, tokens } from './helpers/test-app.js';

t.test('profile lifecycle over HTTP: register, read, edit with If-Match, deactivate', async (t) => {
  const { app } = await testApp(t);
  const own = bearer(await tokens.startup('pasmand'));

  const reg = await app.inject({
    method: 'POST',
    url: '/startups',
    headers: own,
    payload: startupBody('pasmand', {
      name: ' Pasmand ',
      // Persian with Arabic yeh/kaf as typed on some keyboards stays as written, composed (NFC)
      description: 'e\u0301lan',
      sectors: [' مدیریت  پسماند ', 'مدیریت پسماند', 'Waste'],
    }),
  });
  t.equal(reg.statusCode, 201);
  t.equal(reg.headers.etag, '"v1"');
  t.equal(reg.headers.location, '/startups/pasmand');
  t.match(reg.json(), {
    id: 'pasmand',
    name: 'Pasmand',
    description: '\u00e9lan',
    sectors: ['مدیریت پسماند', 'Waste'],
    status: 'active',
    version: 1,
    contactEmail: 'team@pasmand.example.org',
  });
  const dup = await app.inject({
    method: 'POST',
    url: '/startups',
    headers: own,
    payload: startupBody('pasmand'),
  });
  t.equal(dup.statusCode, 409);
  t.equal(dup.json().code, 'STARTUP_EXISTS');

  const pub = await app.inject({ url: '/startups/pasmand' });
  t.equal(pub.statusCode, 200);
  t.notOk('contactEmail' in pub.json(), 'public read: no contact email');
  t.equal(pub.headers.etag, '"v1"');
  const mine = await app.inject({ url: '/startups/pasmand', headers: own });
  t.equal(mine.json().contactEmail, 'team@pasmand.example.org', 'the startup sees its own');

  const patch = (headers: Record<string, string>, payload: object) =>
    app.inject({ method: 'PATCH', url: '/startups/pasmand', headers, payload });
  t.equal((await patch(own, { stage: 'growth' })).statusCode, 428);
  const stale = await patch({ ...own, 'if-match': '"v5"' }, { stage: 'growth' });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'STARTUP_PRECONDITION_FAILED');
  const badLang = await patch({ ...own, 'if-match': '"v1"' }, { languages: ['en'] });
  t.equal(badLang.statusCode, 400, 'preferred language fa would not be among its languages');
  t.equal(badLang.json().code, 'STARTUP_PREFERRED_LANGUAGE');
  const ok = await patch(
    { ...own, 'if-match': '"v1"' },
    { stage: 'growth', notificationPreference: 'unsubscribed' },
  );
  t.equal(ok.statusCode, 200);
  t.match(ok.json(), { stage: 'growth', notificationPreference: 'unsubscribed', version: 2 });
  t.equal(ok.headers.etag, '"v2"');

  const off = await app.inject({
    method: 'POST',
    url: '/startups/pasmand/deactivate',
    headers: own,
  });
  t.equal(off.statusCode, 200);
  t.match(off.json(), { status: 'deactivated', version: 3 });
  const again = await app.inject({
    method: 'POST',
    url: '/startups/pasmand/deactivate',
    headers: own,
  });
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'STARTUP_DEACTIVATED');
  t.equal((await patch({ ...own, 'if-match': '"v3"' }, { stage: 'mvp' })).statusCode, 409);
  t.equal((await app.inject({ url: '/startups/pasmand' })).statusCode, 404, 'gone from public');
  t.equal((await app.inject({ url: '/startups/pasmand', headers: own })).statusCode, 200);
  const missing = await app.inject({ url: '/startups/nobody' });
  t.equal(missing.statusCode, 404);
  t.equal(missing.json().code, 'STARTUP_NOT_FOUND');
});

t.test('list and search: filters, visibility and cursor pagination', async (t) => {
  const { app } = await testApp(t);
  const fa = await registerStartup(app, 'fa-one');
  const tr = await registerStartup(app, 'tr-one', {
    body: {
      name: 'Ulaşım Teknoloji',
      description: 'Akıllı trafik ışıkları',
      sectors: ['Ulaşım', 'Trafik'],
      country: 'TR',
      city: 'İzmir',
      languages: ['tr'],
      preferredLanguage: 'tr',
      stage: 'mvp',
    },
  });
  const ar = await registerStartup(app, 'ar-one', {
    body: {
      name: 'نقل ذكي',
      description: 'إدارة النفايات',
      sectors: ['النقل'],
      country: 'AE',
      city: 'دبي',
      languages: ['ar', 'en'],
      preferredLanguage: 'ar',
      stage: 'idea',
    },
  });
  const gone = await registerStartup(app, 'gone-one', { deactivate: true });
  const extra = [];
  for (let i = 0; i < 4; i++) extra.push(await registerStartup(app, `extra-${i}`));

  const ids = async (query: string, headers = {}) => {
    const res = await app.inject({ url: `/startups${query}`, headers });
    t.equal(res.statusCode, 200, query);
    return (res.json().items as { id: string }[]).map((i) => i.id).sort();
  };
  const sorted = (...list: { id: string }[]) => list.map((s) => s.id).sort();

  t.same(await ids('?limit=100'), sorted(fa, tr, ar, ...extra), 'active only');
  t.same(await ids('?sector=TRAFIK'), sorted(tr), 'sector filter ignores case');
  t.same(await ids(`?sector=${encodeURIComponent('النقل')}`), sorted(ar));
  t.same(await ids('?country=TR'), sorted(tr));
  t.same(await ids(`?city=${encodeURIComponent('İzmir')}`), sorted(tr));
  t.same(await ids('?language=ar'), sorted(ar));
  t.same(await ids('?stage=idea'), sorted(ar));
  t.same(await ids(`?q=${encodeURIComponent('trafik')}`), sorted(tr), 'search: description');
  t.same(await ids(`?q=${encodeURIComponent('النفايات')}`), sorted(ar), 'search in Arabic');
  t.same(await ids('?q=.*'), [], 'search terms are text, not patterns');
  t.same(await ids('?status=deactivated'), [], 'public: never the deactivated');
  t.same(await ids('?status=deactivated', bearer(await tokens.admin())), sorted(gone), 'admin');

  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/startups?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
    const body = (await app.inject({ url })).json() as {
      items: { id: string }[];
      nextCursor: string | null;
    };
    t.notOk(JSON.stringify(body).includes('contactEmail'), 'lists never carry contact emails');
    seen.push(...body.items.map((i) => i.id));
    cursor = body.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  t.equal(pages, 3, '7 profiles in pages of 3');
  t.same([...seen].sort(), sorted(fa, tr, ar, ...extra));

  const bad = await app.inject({ url: '/startups?cursor=zzz' });
  t.equal(bad.statusCode, 400);
  t.equal(bad.json().code, 'STARTUP_INVALID_CURSOR');
  t.equal((await app.inject({ url: '/startups?limit=0' })).statusCode, 400);
  t.equal((await app.inject({ url: '/startups?colour=red' })).statusCode, 400);
});

t.test('writes are rate limited per caller (Redis store)', async (t) => {
  const { app } = await testApp(t, { RATE_LIMIT_MAX: '2' });
  const own = bearer(await tokens.startup('ghost'));
  const codes = [];
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({
      method: 'PATCH',
      url: '/startups/ghost',
      headers: { ...own, 'if-match': '"v1"' },
      payload: { stage: 'mvp' },
    });
    codes.push(res.statusCode);
    if (i === 2) t.equal(res.json().code, 'RATE_LIMITED');
  }
  t.same(codes, [404, 404, 429]);
});
