import { decodeEvent, Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, createChallenge, createOrg, testApp, tokens } from './helpers/test-app.js';

t.test('concurrent edits: none lost, each announced once and in order', async (t) => {
  const { app } = await testApp(t);
  const watch = await watchTopic(t, Topics.challenges);
  await createOrg(app, 'adana');
  const { id } = await createChallenge(app, 'adana', { publish: true });
  const headers = { ...bearer(await tokens.municipality('adana')), 'if-match': '*' };
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      app.inject({
        method: 'PATCH',
        url: `/challenges/${id}`,
        headers,
        payload: { title: `edit ${i}` },
      }),
    ),
  );
  t.same(
    results.map((r) => r.statusCode),
    Array(20).fill(200),
    'every edit accepted',
  );
  t.same(
    results.map((r) => r.json().version).sort((a, b) => a - b),
    Array.from({ length: 20 }, (_, i) => i + 3),
    'each edit got its own version: no update was lost',
  );
  const events = (await watch.waitFor(id, 21)).map(decodeEvent);
  t.same(
    events.map((e) => (e.data as { version: number }).version),
    Array.from({ length: 21 }, (_, i) => i + 2),
    'published then 20 updates, once each, in version order',
  );

  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /outbox_events_published_total\{[^}]*\} (2[1-9]|[3-9]\d)/);
  t.match(metrics.body, /outbox_backlog\{[^}]*\} \d+/);
});

t.test('concurrent edits with the same ETag: exactly one wins, the rest get 412', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'hatay');
  const { id, etag } = await createChallenge(app, 'hatay');
  const headers = { ...bearer(await tokens.admin()), 'if-match': etag };
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      app.inject({
        method: 'PATCH',
        url: `/challenges/${id}`,
        headers,
        payload: { title: `writer ${i}` },
      }),
    ),
  );
  const codes = results.map((r) => r.statusCode).sort();
  t.same(codes, [200, ...Array(9).fill(412)]);
  const winner = results.find((r) => r.statusCode === 200)?.json().title;
  const now = await app.inject({ url: `/challenges/${id}`, headers: bearer(await tokens.admin()) });
  t.equal(now.json().title, winner, 'the stored title is the winner’s');
  t.equal(now.json().version, 2);
});
