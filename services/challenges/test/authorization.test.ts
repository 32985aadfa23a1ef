import { mintToken } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import t from 'tap';
import {
  bearer,
  challengeBody,
  createChallenge,
  createOrg,
  testApp,
  tokens,
} from './helpers/test-app.js';

// Every role × every write route × own/other tenant. Each cell has a fresh organisation of its
// own (`own`); the "other" municipality acts for `other-org`.

type Caller =
  | 'anonymous'
  | 'forged admin'
  | 'startup'
  | 'municipality(other)'
  | 'municipality(own)'
  | 'admin';
const CALLERS: Caller[] = [
  'anonymous',
  'forged admin',
  'startup',
  'municipality(other)',
  'municipality(own)',
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
    case 'startup':
      return bearer(await tokens.startup(own));
    case 'municipality(other)':
      return bearer(await tokens.municipality('other-org'));
    case 'municipality(own)':
      return bearer(await tokens.municipality(own));
    case 'admin':
      return bearer(await tokens.admin());
  }
}

interface WriteRoute {
  name: string;
  success: number;
  /** Does the route act on an existing organisation (created before the call)? */
  needsOrg: boolean;
  /** Prepare a fresh target of organisation `own` and return the request to send. */
  request(
    app: FastifyInstance,
    own: string,
  ): Promise<{
    method: 'POST' | 'PATCH';
    url: string;
    headers?: Record<string, string>;
    payload?: object;
  }>;
}

const ROUTES: WriteRoute[] = [
  {
    name: 'POST /organisations (own id)',
    success: 201,
    needsOrg: false,
    request: async (_app, own) => ({
      method: 'POST',
      url: '/organisations',
      payload: {
        id: own,
        kind: 'municipality',
        name: 'Own',
        country: 'TR',
        city: 'Van',
        languages: ['tr'],
      },
    }),
  },
  {
    name: 'PATCH /organisations/:orgId',
    success: 200,
    needsOrg: true,
    request: async (app, own) => {
      const org = await app.inject({ url: `/organisations/${own}` });
      return {
        method: 'PATCH',
        url: `/organisations/${own}`,
        headers: { 'if-match': String(org.headers.etag) },
        payload: { name: 'Renamed' },
      };
    },
  },
  {
    name: 'POST /organisations/:orgId/challenges',
    success: 201,
    needsOrg: true,
    request: async (_app, own) => ({
      method: 'POST',
      url: `/organisations/${own}/challenges`,
      payload: challengeBody(),
    }),
  },
  {
    name: 'PATCH /challenges/:id',
    success: 200,
    needsOrg: true,
    request: async (app, own) => {
      const { id, etag } = await createChallenge(app, own);
      return {
        method: 'PATCH',
        url: `/challenges/${id}`,
        headers: { 'if-match': etag },
        payload: { title: 'Edited' },
      };
    },
  },
  {
    name: 'POST /challenges/:id/publish',
    success: 200,
    needsOrg: true,
    request: async (app, own) => {
      const { id } = await createChallenge(app, own);
      return { method: 'POST', url: `/challenges/${id}/publish` };
    },
  },
  {
    name: 'POST /challenges/:id/close',
    success: 200,
    needsOrg: true,
    request: async (app, own) => {
      const { id } = await createChallenge(app, own, { publish: true });
      return { method: 'POST', url: `/challenges/${id}/close`, payload: { reason: 'done' } };
    },
  },
];

function expected(caller: Caller, route: WriteRoute): { status: number; code?: string } {
  switch (caller) {
    case 'anonymous':
      return { status: 401, code: 'AUTH_MISSING' };
    case 'forged admin':
      return { status: 401, code: 'AUTH_INVALID' };
    case 'startup':
      return { status: 403, code: 'FORBIDDEN_ROLE' };
    case 'municipality(other)':
      return { status: 403, code: 'FORBIDDEN_TENANT' };
    default:
      return { status: route.success };
  }
}

t.test('authorization matrix: roles × write routes × own/other tenant', async (t) => {
  const { app } = await testApp(t);
  await createOrg(app, 'other-org');
  let cell = 0;
  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const own = `own-${cell++}`;
      if (route.needsOrg) await createOrg(app, own);
      const req = await route.request(app, own);
      const res = await app.inject({
        ...req,
        headers: { ...req.headers, ...(await headersOf(caller, own)) },
      });
      const want = expected(caller, route);
      t.equal(res.statusCode, want.status, `${caller} ${route.name} -> ${want.status}`);
      if (want.code) {
        t.match(res.headers['content-type'], /^application\/problem\+json/);
        t.equal(res.json().code, want.code, `${caller} ${route.name}: ${want.code}`);
        if (want.status === 401) t.match(res.headers['www-authenticate'], /^Bearer/);
      }
    }
  }
});
