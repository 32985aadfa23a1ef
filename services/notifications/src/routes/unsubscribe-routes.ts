import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { verifyUnsubscribeToken } from '../domain/unsubscribe-token.js';
import { TokenExpired, TokenForged, TokenMalformed, TokenMissing } from '../errors.js';

export interface UnsubscribeRouteOptions {
  secret: string;
  clock: () => Date;
  /** Record the unsubscribe in the startups read model. */
  unsubscribe: (startupId: string, at: Date) => Promise<void>;
}

const Query = Type.Object(
  { token: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
  { additionalProperties: false },
);
const Body = Type.Union([
  Type.Object(
    { token: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })) },
    { additionalProperties: false, description: 'JSON: {"token": "..."}' },
  ),
  Type.Object(
    { 'List-Unsubscribe': Type.Literal('One-Click') },
    { additionalProperties: false, description: 'RFC 8058 form body' },
  ),
  Type.Null(),
]);
const Done = Type.Object({
  status: Type.Literal('unsubscribed'),
  startupId: Type.String(),
});

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click`
 * (form-encoded) to the https URL of the `List-Unsubscribe` header, which carries the signed
 * token in `?token=`; a JSON body `{"token": ...}` is accepted too. Idempotent.
 */
export async function unsubscribeRoutes(app: FastifyInstance, opts: UnsubscribeRouteOptions) {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 4096 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
  app.post<{ Querystring: Static<typeof Query>; Body: Static<typeof Body> }>(
    '/unsubscribe',
    {
      config: { rateLimit: {} },
      schema: {
        summary: 'Stop all email to the startup named in a signed unsubscribe token',
        querystring: Query,
        body: Body,
        response: { 200: Done },
      },
    },
    async (req) => {
      const fromBody =
        req.body && typeof req.body === 'object' && 'token' in req.body
          ? req.body.token
          : undefined;
      const token = req.query.token ?? fromBody;
      if (token === undefined) throw new TokenMissing();
      const now = opts.clock();
      const check = verifyUnsubscribeToken(token, opts.secret, now);
      if (!check.ok) {
        if (check.reason === 'expired') throw new TokenExpired();
        if (check.reason === 'bad_signature') throw new TokenForged();
        throw new TokenMalformed();
      }
      await opts.unsubscribe(check.startupId, now);
      req.log.info({ startupId: check.startupId }, 'unsubscribed');
      return { status: 'unsubscribed' as const, startupId: check.startupId };
    },
  );
}
