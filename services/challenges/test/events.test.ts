import { decodeEvent, Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, createChallenge, createOrg, testApp, tokens } from './helpers/test-app.js';

t.test('create and publish over HTTP puts challenge.published on challenges.v1', async (t) => {
  const { app, db } = await testApp(t);
  const watch = await watchTopic(t, Topics.challenges);
  await createOrg(app, 'ankara', { kind: 'municipal_union', name: 'Ankara Union' });
  const headers = bearer(await tokens.municipality('ankara'));

  const created = await app.inject({
    method: 'POST',
    url: '/organisations/ankara/challenges',
    headers,
    payload: {
      title: 'مدیریت پسماند شهری',
      description: 'کاهش هزینه‌ی جمع‌آوری',
      sectors: ['مدیریت پسماند', 'شهر هوشمند'],
      city: 'Ankara',
      country: 'TR',
      language: 'fa',
      contactEmail: 'secret@ankara.example.org',
    },
  });
  t.equal(created.statusCode, 201);
  const id = created.json().id as string;
  const published = await app.inject({ method: 'POST', url: `/challenges/${id}/publish`, headers });
  t.equal(published.statusCode, 200);

  const [message] = await watch.waitFor(id, 1);
  t.equal(message?.key?.toString(), id, 'keyed by the challenge id');
  const event = decodeEvent(message!);
  t.equal(event.type, 'challenge.published');
  t.equal(event.subject, id);
  t.equal(message?.headers?.['ce_specversion']?.toString(), '1.0');
  t.match(event.data, {
    challengeId: id,
    orgId: 'ankara',
    orgKind: 'municipal_union',
    orgName: 'Ankara Union',
    title: 'مدیریت پسماند شهری',
    sectors: ['مدیریت پسماند', 'شهر هوشمند'],
    language: 'fa',
    status: 'published',
    version: 2,
    deadline: null,
  });
  t.notMatch(message!.value!.toString(), /secret@ankara/, 'events never carry the contact email');

  let doc = await db.collection('challenges').findOne({ _id: id as never });
  for (let i = 0; i < 50 && doc?.['outboxPending'] !== false; i++) {
    await new Promise((r) => setTimeout(r, 100));
    doc = await db.collection('challenges').findOne({ _id: id as never });
  }
  t.equal(doc?.['outboxPending'], false, 'the relay marked the outbox sent');
  t.same(doc?.['outbox'], []);
});

t.test('update and close of a published challenge follow, in order', async (t) => {
  const { app } = await testApp(t);
  const watch = await watchTopic(t, Topics.challenges);
  await createOrg(app, 'konya');
  const { id, etag } = await createChallenge(app, 'konya', { publish: true });
  const headers = bearer(await tokens.municipality('konya'));
  const patched = await app.inject({
    method: 'PATCH',
    url: `/challenges/${id}`,
    headers: { ...headers, 'if-match': etag },
    payload: { sectors: ['ulaşım'] },
  });
  t.equal(patched.statusCode, 200);
  const closed = await app.inject({
    method: 'POST',
    url: `/challenges/${id}/close`,
    headers,
    payload: { reason: 'solved' },
  });
  t.equal(closed.statusCode, 200);

  const events = (await watch.waitFor(id, 3)).map(decodeEvent);
  t.same(
    events.map((e) => [e.type, (e.data as { version?: number }).version]),
    [
      ['challenge.published', 2],
      ['challenge.updated', 3],
      ['challenge.closed', 4],
    ],
  );
  t.match(events[1]?.data, { sectors: ['ulaşım'], status: 'published' });
  t.match(events[2]?.data, { challengeId: id, orgId: 'konya', reason: 'solved' });
});

t.test('a draft, and edits of a draft, emit nothing', async (t) => {
  const { app, db } = await testApp(t);
  const watch = await watchTopic(t, Topics.challenges);
  await createOrg(app, 'bursa');
  const draft = await createChallenge(app, 'bursa');
  const edited = await app.inject({
    method: 'PATCH',
    url: `/challenges/${draft.id}`,
    headers: { ...bearer(await tokens.admin()), 'if-match': draft.etag },
    payload: { title: 'Still a draft' },
  });
  t.equal(edited.statusCode, 200);
  // a published sentinel created after the draft: once it is on the topic, the relay has run
  const sentinel = await createChallenge(app, 'bursa', { publish: true });
  await watch.waitFor(sentinel.id, 1);
  await new Promise((r) => setTimeout(r, 300));
  t.same(watch.keyed(draft.id), [], 'nothing on challenges.v1 for the draft');
  const doc = await db.collection('challenges').findOne({ _id: draft.id as never });
  t.same(doc?.['outbox'], [], 'and nothing waiting in its outbox');
  t.equal(Topics.challenges, 'challenges.v1');
});
