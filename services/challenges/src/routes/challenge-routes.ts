import { etagOf, writeRateLimit } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import type { ChallengeCommands } from '../commands/challenge-commands.js';
import { challengeListItem, challengeView } from '../domain/public-view.js';
import {
  ChallengeListQuery,
  ChallengeListResponse,
  ChallengeResponse,
  CloseChallengeBody,
  CreateChallengeBody,
  IdParams,
  IfMatchHeaders,
  OrgIdParams,
  PatchChallengeBody,
  Problem,
} from './schemas.js';

const tags = ['challenges'];
const problems = { '4xx': Problem, '5xx': Problem };
const write = { rateLimit: writeRateLimit };

/** Challenges: create (draft), read, list, update, publish, close. */
export async function challengeRoutes(app: FastifyInstance, opts: { commands: ChallengeCommands }) {
  const { commands } = opts;
  const municipality = app.requireRole('municipality');

  app.post<{ Params: OrgIdParams; Body: CreateChallengeBody }>(
    '/organisations/:orgId/challenges',
    {
      schema: {
        tags,
        summary: 'Create a draft challenge for an organisation',
        params: OrgIdParams,
        body: CreateChallengeBody,
        response: { 201: ChallengeResponse, ...problems },
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const c = await commands.create(req.principal, req.params.orgId, req.body);
      reply.code(201).header('etag', etagOf(c.version)).header('location', `/challenges/${c.id}`);
      return challengeView(c, req.principal);
    },
  );

  app.get<{ Querystring: ChallengeListQuery }>(
    '/challenges',
    {
      schema: {
        tags,
        summary: 'List challenges (public: published and closed; drafts for their own org)',
        querystring: ChallengeListQuery,
        response: { 200: ChallengeListResponse, ...problems },
      },
    },
    async (req) => {
      const page = await commands.list(req.principal, req.query);
      return { items: page.items.map(challengeListItem), nextCursor: page.nextCursor };
    },
  );

  app.get<{ Params: IdParams }>(
    '/challenges/:id',
    {
      schema: {
        tags,
        summary: 'Read one challenge (the contact email only for its org and admin)',
        params: IdParams,
        response: { 200: ChallengeResponse, ...problems },
      },
    },
    async (req, reply) => {
      const c = await commands.get(req.principal, req.params.id);
      reply.header('etag', etagOf(c.version));
      return challengeView(c, req.principal);
    },
  );

  app.patch<{ Params: IdParams; Body: PatchChallengeBody; Headers: IfMatchHeaders }>(
    '/challenges/:id',
    {
      schema: {
        tags,
        summary: 'Change a challenge (If-Match required)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: PatchChallengeBody,
        response: { 200: ChallengeResponse, ...problems },
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const { id } = req.params;
      const c = await commands.update(req.principal, id, req.headers['if-match'], req.body);
      reply.header('etag', etagOf(c.version));
      return challengeView(c, req.principal);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders }>(
    '/challenges/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft (emits challenge.published)',
        params: IdParams,
        headers: IfMatchHeaders,
        response: { 200: ChallengeResponse, ...problems },
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const c = await commands.publish(req.principal, req.params.id, req.headers['if-match']);
      reply.header('etag', etagOf(c.version));
      return challengeView(c, req.principal);
    },
  );

  app.post<{ Params: IdParams; Headers: IfMatchHeaders; Body: CloseChallengeBody | undefined }>(
    '/challenges/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a published challenge (emits challenge.closed)',
        params: IdParams,
        headers: IfMatchHeaders,
        body: CloseChallengeBody,
        response: { 200: ChallengeResponse, ...problems },
      },
      // the body (a reason) is optional: no body is an empty one
      preValidation: async (req) => {
        req.body ??= {};
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const { id } = req.params;
      const reason = req.body?.reason;
      const c = await commands.close(req.principal, id, req.headers['if-match'], reason);
      reply.header('etag', etagOf(c.version));
      return challengeView(c, req.principal);
    },
  );
}
