import t from 'tap';
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';

t.test('challenges answers /health/live and problem+json for unknown routes', async (t) => {
  const app = await buildApp({ config: readConfig({}), logger: false });
  t.teardown(() => app.close());

  const live = await app.inject({ method: 'GET', url: '/health/live' });
  t.equal(live.statusCode, 200);
  t.same(live.json(), { status: 'ok', service: 'challenges' });

  const missing = await app.inject({ method: 'GET', url: '/no-such-route' });
  t.equal(missing.statusCode, 404);
  t.match(missing.headers['content-type'], /^application\/problem\+json/);
  t.match(missing.json(), { status: 404, code: 'NOT_FOUND' });
});
