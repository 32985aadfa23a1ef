import t from 'tap';
import { registerStartup, testApp } from './helpers/test-app.js';

const SECRET = 'hidden-founder-91c2@startup.example.org';

t.test('no public response contains a contact email', async (t) => {
  const { app } = await testApp(t);
  const body = { contactEmail: SECRET };
  await registerStartup(app, 'visible', { body });
  await registerStartup(app, 'retired', { body, deactivate: true });

  const urls = [
    '/startups',
    '/startups?limit=100',
    '/startups?status=deactivated',
    '/startups?q=pasmand',
    `/startups?sector=${encodeURIComponent('مدیریت پسماند')}`,
    '/startups/visible',
    '/startups/retired',
    '/docs/json',
    '/health/live',
    '/health/ready',
    '/metrics',
  ];
  for (const url of urls) {
    const res = await app.inject({ url });
    t.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
    t.notOk(res.body.includes(SECRET), `${url}: no contact email`);
    t.notOk(/"contactEmail"\s*:\s*"/.test(res.body), `${url}: no contactEmail value`);
  }
  // every documented GET route is in the walk, so a new read route cannot skip this test
  const paths = (await app.inject({ url: '/docs/json' })).json().paths as Record<string, object>;
  for (const [path, ops] of Object.entries(paths)) {
    if (!('get' in ops)) continue;
    const template = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`);
    t.ok(
      urls.some((u) => template.test(u)),
      `GET ${path} is walked`,
    );
  }
  const list = await app.inject({ url: '/startups?q=pasmand' });
  t.equal(list.json().items.length, 1, 'the walk saw the active profile');
});
