import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { EmailLanguage } from '../domain/email-language.js';
import { renderUnsubscribed, renderUnsubscribeForm } from '../domain/render-unsubscribe-page.js';
import { verifyUnsubscribeToken } from '../domain/unsubscribe-token.js';
import { TokenExpired, TokenForged, TokenMalformed, TokenMissing } from '../errors.js';

export interface UnsubscribeRouteOptions {
  secret: string;
  clock: () => Date;
  /** Record the unsubscribe in the startups read model. */
  unsubscribe: (startupId: string, at: Date) => Promise<void>;
  /** The startup's language, for the pages a person sees (en when unknown). */
  languageOf: (startupId: string) => Promise<EmailLanguage>;
}

/** The unsubscribe pages: inline styles and a post back to this origin, nothing else. */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const wantsHtml = (accept: string | undefined) => /\btext\/html\b/.test(accept ?? '');

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
  app.get<{ Querystring: Static<typeof Query> }>(
    '/unsubscribe',
    {
      config: { rateLimit: {} },
      schema: {
        summary: 'The page behind the email’s unsubscribe link: a button, never an unsubscribe',
        querystring: Query,
        produces: ['text/html'],
      },
    },
    async (req, reply) => {
      const startupId = verified(req.query.token, opts.secret, opts.clock());
      const action = `?token=${encodeURIComponent(req.query.token ?? '')}`;
      reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP);
      return renderUnsubscribeForm(await opts.languageOf(startupId), action);
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
        description:
          'RFC 8058 one-click: `List-Unsubscribe=One-Click` form body, token in `?token=`. ' +
          'Answers JSON, or an HTML confirmation when the caller accepts text/html.',
      },
    },
    async (req, reply) => {
      const fromBody =
        req.body && typeof req.body === 'object' && 'token' in req.body
          ? req.body.token
          : undefined;
      const now = opts.clock();
      const startupId = verified(req.query.token ?? fromBody, opts.secret, now);
      await opts.unsubscribe(startupId, now);
      req.log.info({ startupId }, 'unsubscribed');
      if (wantsHtml(req.headers.accept)) {
        reply.type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP);
        return renderUnsubscribed(await opts.languageOf(startupId));
      }
      return { status: 'unsubscribed' as const, startupId };
    },
  );
}

/** The startup a valid token names; refuses a missing, malformed, forged or expired one. */
function verified(token: string | undefined, secret: string, now: Date): string {
  if (token === undefined) throw new TokenMissing();
  const check = verifyUnsubscribeToken(token, secret, now);
  if (check.ok) return check.startupId;
  if (check.reason === 'expired') throw new TokenExpired();
  if (check.reason === 'bad_signature') throw new TokenForged();
  throw new TokenMalformed();
}
