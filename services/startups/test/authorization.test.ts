import { mintToken } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import { bearer, registerStartup, startupBody, testApp, tokens } from './helpers/test-app.js';

// Every role × every write route × own/other tenant. Each cell has a fresh startup of its own
// (`own`); the "other" startup token acts for `other-startup`.

type Caller =
  | 'anonymous'
  | 'forged admin'
  | 'municipality'
  | 'startup(other)'
  | 'startup(own)'
  | 'admin';
const CALLERS: Caller[] = [
  'anonymous',
  'forged admin',
  'municipality',
  'startup(other)',
  'startup(own)',
  'admin',
];

async function headersOf(caller: Caller, own: string): Promise<Record<string, string>> {
  switch (caller) {
    case 'anonymous':
      return {};
    case 'forged admin':
      return bearer(
        await mintToken({ role: 'admin', secret: 'not-the-service-secret-0123456789' }),
      );
    case 'municipality':
      return bearer(await tokens.municipality(own));
    case 'startup(other)':
      return bearer(await tokens.startup('other-startup'));
    case 'startup(own)':
      return bearer(await tokens.startup(own));
    case 'admin':
      return bearer(await tokens.admin());
  }
}

interface WriteRoute {
  name: string;
  success: number;
  exists: boolean;
  request(
    app: FastifyInstance,
    own: string,
    etag: string,
  ): { method: 'POST' | 'PATCH'; url: string; headers?: Record<string, string>; payload?: object };
}

const ROUTES: WriteRoute[] = [
  {
    name: 'POST /startups',
    success: 201,
    exists: false,
    request: (_app, own) => ({ method: 'POST', url: '/startups', payload: startupBody(own) }),
  },
  {
    name: 'PATCH /startups/:id',
    success: 200,
    exists: true,
    request: (_app, own, etag) => ({
      method: 'PATCH',
      url: `/startups/${own}`,
      headers: { 'if-match': etag },
      payload: { stage: 'scale' },
    }),
  },
  {
    name: 'POST /startups/:id/deactivate',
    success: 200,
    exists: true,
    request: (_app, own) => ({
      method: 'POST',
      url: `/startups/${own}/deactivate`,
      payload: { reason: 'test' },
    }),
  },
];

function expected(caller: Caller, route: WriteRoute): { status: number; code?: string } {
  switch (caller) {
    case 'anonymous':
      return { status: 401, code: 'AUTH_MISSING' };
    case 'forged admin':
      return { status: 401, code: 'AUTH_INVALID' };
    case 'municipality':
      return { status: 403, code: 'FORBIDDEN_ROLE' };
    case 'startup(other)':
      return { status: 403, code: 'FORBIDDEN_TENANT' };
    default:
      return { status: route.success };
  }
}

t.test('authorization matrix: roles × write routes × own/other tenant', async (t) => {
  const { app } = await testApp(t);
  let cell = 0;
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const own = `own-${cell++}`;
      const etag = route.exists ? (await registerStartup(app, own)).etag : '';
      const req = route.request(app, own, etag);
      const res = await app.inject({
        ...req,
        headers: { ...req.headers, ...(await headersOf(caller, own)) },
      });
      const want = expected(caller, route);
      t.equal(res.statusCode, want.status, `${caller} ${route.name} -> ${want.status}`);
      if (want.code) {
        t.match(res.headers['content-type'], /^application\/problem\+json/);
        t.equal(res.json().code, want.code, `${caller} ${route.name}: ${want.code}`);
        // a refused write changed nothing
        const after = await app.inject({
          url: `/startups/${own}`,
          headers: bearer(await tokens.admin()),
        });
        if (route.exists) t.equal(after.json().version, 1, `${caller} ${route.name}: unchanged`);
        else t.equal(after.statusCode, 404, `${caller} ${route.name}: not registered`);
      }
    }
  }
});
