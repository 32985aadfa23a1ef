import t from 'tap';
import { createChallenge, createOrg, testApp } from './helpers/test-app.js';

const SECRET = 'hidden-contact-7f3a@municipality.example.org';

t.test('no public response contains a contact email', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'eskisehir');
  const body = { contactEmail: SECRET };
  const published = await createChallenge(app, 'eskisehir', { publish: true, body });
  const closed = await createChallenge(app, 'eskisehir', { close: true, body });
  const draft = await createChallenge(app, 'eskisehir', { body });

  const urls = [
    '/challenges',
    '/challenges?limit=100',
    '/challenges?status=published',
    '/challenges?status=closed',
    '/challenges?orgId=eskisehir',
    `/challenges?sector=${encodeURIComponent('atık yönetimi')}`,
    `/challenges/${published.id}`,
    `/challenges/${closed.id}`,
    `/challenges/${draft.id}`,
    '/organisations/eskisehir',
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
  const list = await app.inject({ url: '/challenges?limit=100' });
  t.equal(list.json().items.length, 2, 'the walk saw the published and the closed challenge');
  t.equal((await app.inject({ url: `/challenges/${published.id}` })).json().title.length > 0, true);
});
