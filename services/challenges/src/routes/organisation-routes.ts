import { etagOf, writeRateLimit } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import type { OrganisationCommands } from '../commands/organisation-commands.js';
import {
  CreateOrganisationBody,
  IfMatchHeaders,
  OrganisationResponse,
  OrgIdParams,
  PatchOrganisationBody,
  Problem,
} from './schemas.js';

const tags = ['organisations'];
const problems = { '4xx': Problem, '5xx': Problem };
const write = { rateLimit: writeRateLimit };

/** Organisations (municipalities, unions, innovation centres, science parks): register, read, edit. */
export async function organisationRoutes(
  app: FastifyInstance,
  opts: { commands: OrganisationCommands },
) {
  const { commands } = opts;
  const municipality = app.requireRole('municipality');

  app.post<{ Body: CreateOrganisationBody }>(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Register an organisation (admin, or a municipality token for its own org)',
        body: CreateOrganisationBody,
        response: { 201: OrganisationResponse, ...problems },
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const { id, ...input } = req.body;
      const org = await commands.create(req.principal, id, input);
      reply
        .code(201)
        .header('etag', etagOf(org.version))
        .header('location', `/organisations/${id}`);
      return org;
    },
  );

  app.get<{ Params: OrgIdParams }>(
    '/organisations/:orgId',
    {
      schema: {
        tags,
        summary: 'Read an organisation',
        params: OrgIdParams,
        response: { 200: OrganisationResponse, ...problems },
      },
    },
    async (req, reply) => {
      const org = await commands.get(req.params.orgId);
      reply.header('etag', etagOf(org.version));
      return org;
    },
  );

  app.patch<{ Params: OrgIdParams; Body: PatchOrganisationBody; Headers: IfMatchHeaders }>(
    '/organisations/:orgId',
    {
      schema: {
        tags,
        summary: 'Change an organisation (If-Match required)',
        params: OrgIdParams,
        headers: IfMatchHeaders,
        body: PatchOrganisationBody,
        response: { 200: OrganisationResponse, ...problems },
      },
      preHandler: municipality,
      config: write,
    },
    async (req, reply) => {
      const { orgId } = req.params;
      const org = await commands.update(req.principal, orgId, req.headers['if-match'], req.body);
      reply.header('etag', etagOf(org.version));
      return org;
    },
  );
}
