import t from 'tap';
import { testService } from './helpers/test-app.js';

t.test('notifications answers /health/live and problem+json for unknown routes', async (t) => {
  const { app } = await testService(t);

  const live = await app.inject({ method: 'GET', url: '/health/live' });
  t.equal(live.statusCode, 200);
  t.same(live.json(), { status: 'ok', service: 'notifications' });

  const missing = await app.inject({ method: 'GET', url: '/no-such-route' });
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], /^application\/problem\+json/);
  t.match(missing.json(), { status: 404, code: 'NOT_FOUND' });
});

t.test(
  '/health/ready checks mongo, redis and kafka; /metrics has the delivery metrics',
  async (t) => {
    const { app } = await testService(t);
    const ready = await app.inject({ method: 'GET', url: '/health/ready' });
    t.equal(ready.statusCode, 200, ready.body);
    t.same(ready.json().checks, { mongo: 'ok', redis: 'ok', kafka: 'ok' });

    const metrics = await app.inject({ method: 'GET', url: '/metrics' });
    t.equal(metrics.statusCode, 200);
    for (const name of [
      'emails_sent_total',
      'emails_failed_total',
      'outbox_backlog',
      'consumer_messages_total',
      'consumer_lag_messages',
    ]) {
      t.match(metrics.body, new RegExp(`^# TYPE ${name} `, 'm'), name);
    }
  },
);
