import { decodeEvent, Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { bearer, registerStartup, testApp, tokens } from './helpers/test-app.js';

t.test('concurrent edits: none lost, each announced once and in order', async (t) => {
  const { app } = await testApp(t);
  const watch = await watchTopic(t, Topics.startups);
  const id = `busy-${Date.now().toString(36)}`;
  await registerStartup(app, id);
  const headers = { ...bearer(await tokens.startup(id)), 'if-match': '*' };
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      app.inject({
        method: 'PATCH',
        url: `/startups/${id}`,
        headers,
        payload: { name: `name ${i}` },
      }),
    ),
  );
  t.same(
    results.map((r) => r.statusCode),
    Array(20).fill(200),
  );
  t.same(
    results.map((r) => r.json().version).sort((a, b) => a - b),
    Array.from({ length: 20 }, (_, i) => i + 2),
    'each edit got its own version: no update was lost',
  );
  const events = (await watch.waitFor(id, 21)).map(decodeEvent);
  t.same(
    events.map((e) => (e.data as { version: number }).version),
    Array.from({ length: 21 }, (_, i) => i + 1),
    'registered then 20 updates, once each, in version order',
  );
  const metrics = await app.inject({ url: '/metrics' });
  t.match(metrics.body, /outbox_events_published_total\{[^}]*\} (2[1-9]|[3-9]\d)/);
});
