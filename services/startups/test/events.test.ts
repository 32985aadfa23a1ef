import { decodeEvent, Topics } from '@citymatch/events';
import { uniqueName } from '@citymatch/service-kit';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, startupBody, testApp, tokens } from './helpers/test-app.js';

t.test('register, update, deactivate over HTTP put their events on startups.v1', async (t) => {
  const { app, db } = await testApp(t);
  const watch = await watchTopic(t, Topics.startups);
  const id = uniqueName('st');
  const own = bearer(await tokens.startup(id));

  const reg = await app.inject({
    method: 'POST',
    url: '/startups',
    headers: own,
    payload: startupBody(id, { notificationPreference: 'daily_digest' }),
  });
  t.equal(reg.statusCode, 201);
  const [first] = await watch.waitFor(id, 1);
  t.equal(first?.key?.toString(), id, 'keyed by the startup id');
  const registered = decodeEvent(first!);
  t.equal(registered.type, 'startup.registered');
  t.match(registered.data, {
    startupId: id,
    sectors: ['مدیریت پسماند', 'شهر هوشمند'],
    preferredLanguage: 'fa',
    notificationPreference: 'daily_digest',
    contactEmail: `team@${id}.example.org`,
    version: 1,
  });

  const upd = await app.inject({
    method: 'PATCH',
    url: `/startups/${id}`,
    headers: { ...own, 'if-match': String(reg.headers.etag) },
    payload: { stage: 'growth', sectors: ['Akıllı şehir'] },
  });
  t.equal(upd.statusCode, 200);
  const off = await app.inject({
    method: 'POST',
    url: `/startups/${id}/deactivate`,
    headers: own,
    payload: { reason: 'pivot' },
  });
  t.equal(off.statusCode, 200);

  const events = (await watch.waitFor(id, 3)).map(decodeEvent);
  t.same(
    events.map((e) => [e.type, (e.data as { version?: number }).version]),
    [
      ['startup.registered', 1],
      ['startup.updated', 2],
      ['startup.deactivated', 3],
    ],
  );
  t.match(events[1]?.data, { stage: 'growth', sectors: ['Akıllı şehir'] });
  t.match(events[2]?.data, { startupId: id, reason: 'pivot' });

  let doc = await db.collection('startups').findOne({ _id: id as never });
  for (let i = 0; i < 50 && doc?.['outboxPending'] !== false; i++) {
    await new Promise((r) => setTimeout(r, 100));
    doc = await db.collection('startups').findOne({ _id: id as never });
  }
  t.same(doc?.['outbox'], [], 'the relay emptied the outbox');
});

t.test('a refused write emits nothing', async (t) => {
  const { app } = await testApp(t);
  const watch = await watchTopic(t, Topics.startups);
  const id = uniqueName('st');
  const refused = await app.inject({
    method: 'POST',
    url: '/startups',
    headers: bearer(await tokens.admin()),
    payload: startupBody(id, { preferredLanguage: 'ar' }),
  });
  t.equal(refused.statusCode, 400, 'preferred language must be one of its languages');
  t.equal(refused.json().code, 'STARTUP_PREFERRED_LANGUAGE');
  const sentinel = uniqueName('st');
  await app.inject({
    method: 'POST',
    url: '/startups',
    headers: bearer(await tokens.admin()),
    payload: startupBody(sentinel),
  });
  await watch.waitFor(sentinel, 1);
  await new Promise((r) => setTimeout(r, 300));
  t.same(watch.keyed(id), []);
});
