import { bearer, missingSecurityHeaders, tamperedTokens, tokens } from '@citymatch/testkit';
import t from 'tap';
import { registerStartup, startupBody, testApp } from '../helpers/test-app.js';

// Every startup write route refuses every tampered token with 401 problem+json and changes
// nothing; the contact email never shows in a public answer; every answer has the headers.

t.test('tampered tokens on every write route; no contact email in public answers', async (t) => {
  const { app } = await testApp(t);
  const { id, etag } = await registerStartup(app, 'secstp');
  const routes = [
    { method: 'POST', url: '/startups', payload: startupBody('secnew') },
    {
      method: 'PATCH',
      url: `/startups/${id}`,
      payload: { name: 'X' },
      headers: { 'if-match': etag },
    },
    { method: 'POST', url: `/startups/${id}/deactivate` },
  ];
  for (const route of routes) {
    for (const [name, token] of await tamperedTokens({ role: 'startup', startup: id })) {
      const res = await app.inject({
        ...route,
        headers: { ...route.headers, ...bearer(token) },
      } as never);
      t.equal(res.statusCode, 401, `${route.method} ${route.url}, ${name}`);
      t.match(res.headers['content-type'], /^application\/problem\+json/, name);
      t.equal(res.json().code, 'AUTH_INVALID', name);
      t.same(missingSecurityHeaders(res), [], `${name}: security headers`);
    }
  }
  const now = await app.inject({ url: `/startups/${id}`, headers: bearer(await tokens.admin()) });
  t.equal(now.json().version, 1, 'unchanged');
  t.equal(now.json().status, 'active', 'still active');
  t.equal((await app.inject({ url: '/startups/secnew' })).statusCode, 404, 'nothing registered');

  const contact = startupBody(id).contactEmail;
  for (const headers of [
    {},
    bearer(await tokens.startup('another')),
    bearer(await tokens.municipality('org')),
  ]) {
    for (const url of ['/startups', `/startups/${id}`]) {
      const res = await app.inject({ url, headers });
      t.equal(res.statusCode, 200, url);
      t.notMatch(res.body, contact, `${url}: no contact email`);
      t.same(missingSecurityHeaders(res), [], `${url}: security headers`);
    }
  }
});
