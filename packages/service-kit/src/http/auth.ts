import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { authInvalid, authMissing, ForbiddenRole } from './auth-errors.js';
import type { Principal, Role } from './principal.js';
import { type AuthOptions, createTokenVerifier } from './verify-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller, or null when the request carried no token. */
    principal: Principal | null;
  }
  interface FastifyInstance {
    /**
     * A preHandler admitting only these roles (admin is always admitted; no roles: any
     * verified caller): no token is AUTH_MISSING (401), another role is FORBIDDEN_ROLE (403).
     */
    requireRole(...roles: Role[]): preHandlerAsyncHookHandler;
  }
}

/** Marks the guards `requireRole` makes, so the OpenAPI plugin can document their routes. */
export const kRequiresAuth = Symbol.for('citymatch.requiresAuth');

function bearerToken(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return null;
  const match = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i.exec(header);
  if (!match?.[1]) throw authInvalid('expected a Bearer token');
  return match[1];
}

/**
 * JWT bearer auth. Every request with an `Authorization` header has its token verified in
 * onRequest (a bad token is refused even on public routes, so a client learns at once that it
 * is sending a broken one); `request.principal` is then the caller or null. Tokens are never
 * logged: the logger redacts the header, and refusals name a fixed reason only.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, opts: AuthOptions) => {
    const verify = createTokenVerifier(opts);
    app.decorateRequest('principal', null);

    app.addHook('onRequest', async (req) => {
      const token = bearerToken(req);
      if (token !== null) req.principal = await verify(token);
    });

    app.decorate('requireRole', (...roles: Role[]): preHandlerAsyncHookHandler => {
      const wanted = roles.join(' or ');
      const guard: preHandlerAsyncHookHandler = async (req) => {
        const principal = req.principal;
        if (!principal) throw authMissing('no bearer token');
        if (roles.length === 0 || principal.role === 'admin') return;
        if (!roles.includes(principal.role)) {
          throw new ForbiddenRole(wanted, principal.role);
        }
      };
      return Object.assign(guard, { [kRequiresAuth]: roles });
    });
  },
  { name: 'citymatch-auth', dependencies: ['citymatch-problem'] },
);
