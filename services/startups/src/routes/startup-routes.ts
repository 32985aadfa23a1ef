import { etagOf, writeRateLimit } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import type { StartupCommands } from '../commands/startup-commands.js';
import { startupListItem, startupView } from '../domain/public-view.js';
import {
  DeactivateBody,
  IdParams,
  IfMatchHeaders,
  PatchStartupBody,
  Problem,
  RegisterStartupBody,
  StartupListQuery,
  StartupListResponse,
  StartupResponse,
} from './schemas.js';

const tags = ['startups'];
const problems = { '4xx': Problem, '5xx': Problem };
const write = { rateLimit: writeRateLimit };

/** Startup profiles: register, read, list and search, update, deactivate. */
export async function startupRoutes(app: FastifyInstance, opts: { commands: StartupCommands }) {
  const { commands } = opts;
  const startup = app.requireRole('startup');

  app.post<{ Body: RegisterStartupBody }>(
    '/startups',
    {
      schema: {
        tags,
        summary: 'Register a profile (a startup token for its own id, or admin)',
        body: RegisterStartupBody,
        response: { 201: StartupResponse, ...problems },
      },
      preHandler: startup,
      config: write,
    },
    async (req, reply) => {
      const { id, ...input } = req.body;
      const s = await commands.register(req.principal, id, input);
      reply.code(201).header('etag', etagOf(s.version)).header('location', `/startups/${s.id}`);
      return startupView(s, req.principal);
    },
  );

  app.get<{ Querystring: StartupListQuery }>(
    '/startups',
    {
      schema: {
        tags,
        summary: 'List and search active startups (filters, text search, cursor pages)',
        querystring: StartupListQuery,
        response: { 200: StartupListResponse, ...problems },
      },
    },
    async (req) => {
      const page = await commands.list(req.principal, req.query);
      return { items: page.items.map(startupListItem), nextCursor: page.nextCursor };
    },
  );

  app.get<{ Params: IdParams }>(
    '/startups/:id',
    {
      schema: {
        tags,
        summary: 'Read a profile (the contact email only for the startup itself and admin)',
        params: IdParams,
        response: { 200: StartupResponse, ...problems },
      },
    },
    async (req, reply) => {
      const s = await commands.get(req.principal, req.params.id);
      reply.header('etag', etagOf(s.version));
      return startupView(s, req.principal);
    },
  );

  app.patch<{ Params: IdParams; Body: PatchStartupBody; Headers: IfMatchHeaders }>(
    '/startups/:id',
    {
      schema: {
        tags,
        summary: 'Change a profile (If-Match required; emits startup.updated)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: PatchStartupBody,
        response: { 200: StartupResponse, ...problems },
      },
      preHandler: startup,
      config: write,
    },
    async (req, reply) => {
      const { id } = req.params;
      const s = await commands.update(req.principal, id, req.headers['if-match'], req.body);
      reply.header('etag', etagOf(s.version));
      return startupView(s, req.principal);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders; Body: DeactivateBody }>(
    '/startups/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Deactivate a profile (emits startup.deactivated)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: DeactivateBody,
        response: { 200: StartupResponse, ...problems },
      },
      // the body (a reason) is optional: no body is an empty one
      preValidation: async (req) => {
        req.body ??= {};
      },
      preHandler: startup,
      config: write,
    },
    async (req, reply) => {
      const { id } = req.params;
      const reason = req.body.reason;
      const s = await commands.deactivate(req.principal, id, req.headers['if-match'], reason);
      reply.header('etag', etagOf(s.version));
      return startupView(s, req.principal);
    },
  );
}
