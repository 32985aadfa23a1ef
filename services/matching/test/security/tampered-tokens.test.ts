import { bearer, missingSecurityHeaders, tamperedTokens } from '@citymatch/testkit';
import t from 'tap';
import { testService } from '../helpers/test-service.js';

// GET /challenges/:id/shortlist and GET /startups/:id/matches refuse every tampered token with
// 401 problem+json (who may read what with a valid token: rest-authorization.test.ts), and every
// answer carries the security headers.

t.test('tampered tokens on the shortlist and matches routes', async (t) => {
  const { app } = await testService(t);
  const cases: { url: string; claims: Record<string, string> }[] = [
    { url: '/challenges/chl-sec/shortlist', claims: { role: 'municipality', org: 'org-sec' } },
    { url: '/startups/stp-sec/matches', claims: { role: 'startup', startup: 'stp-sec' } },
  ];
  for (const { url, claims } of cases) {
    for (const [name, token] of await tamperedTokens(claims)) {
      const res = await app.inject({ url, headers: bearer(token) });
      t.equal(res.statusCode, 401, `${url}, ${name}`);
      t.match(res.headers['content-type'], /^application\/problem\+json/, name);
      t.equal(res.json().code, 'AUTH_INVALID', name);
      t.same(missingSecurityHeaders(res), [], `${name}: security headers`);
      t.notMatch(res.body, /@/, 'no email address');
    }
  }
});
