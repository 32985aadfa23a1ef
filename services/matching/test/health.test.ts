import t from 'tap';
import { testService } from './helpers/test-service.js';

t.test('matching answers /health/live, /health/ready, /metrics and problem+json', async (t) => {
  const { app, config } = await testService(t);

  const live = await app.inject({ method: 'GET', url: '/health/live' });
  t.equal(live.statusCode, 200);
  t.same(live.json(), { status: 'ok', service: 'matching' });

  const ready = await app.inject({ method: 'GET', url: '/health/ready' });
  t.equal(ready.statusCode, 200, ready.body);
  for (const check of ['mongo', 'redis', 'kafka']) t.match(ready.body, check, `${check} checked`);

  const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  t.match(metrics, /consumer_lag_messages\{[^}]*group="[^"]+-group"/, 'shared group lag');
  t.match(
    metrics,
    new RegExp(`consumer_lag_messages\\{[^}]*group="${config.CONSUMER_GROUP}-index-replica-a"`),
    'index feed lag',
  );
  t.match(metrics, /outbox_backlog/, 'outbox backlog');
  t.match(metrics, /outbox_events_published_total/, 'outbox published');

  const missing = await app.inject({ method: 'GET', url: '/no-such-route' });
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], /^application\/problem\+json/);
  t.match(missing.json(), { status: 404, code: 'NOT_FOUND' });
});
