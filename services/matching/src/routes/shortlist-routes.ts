import { assertCanEditOrg, assertCanEditStartup } from '@citymatch/service-kit';
import type { FastifyInstance } from 'fastify';
import { ChallengeNotFound, StartupNotFound } from '../errors.js';
import type { ChallengeStore } from '../store/challenge-store.js';
import type { ShortlistCache } from '../store/shortlist-cache.js';
import type { StartupStore } from '../store/startup-store.js';
import {
  IdParams,
  MatchesResponse,
  Problem,
  type ShortlistResponse,
  ShortlistResponse as ShortlistSchema,
} from './schemas.js';

const problems = { '4xx': Problem, '5xx': Problem };

/** Reads: a challenge's shortlist (its municipality, admin); a startup's matches (itself, admin). */
export async function shortlistRoutes(
  app: FastifyInstance,
  opts: { challenges: ChallengeStore; startups: StartupStore; cache: ShortlistCache },
) {
  const { challenges, startups, cache } = opts;

  /** The view from the read model, serialized by the route's response schema. */
  async function buildView(id: string, serialize: (body: ShortlistResponse) => string) {
    const c = await challenges.get(id);
    if (!c) return null;
    const names = await startups.profiles(c.shortlist.map((e) => e.startupId));
    const body: ShortlistResponse = {
      challengeId: c._id,
      status: c.status,
      version: c.shortlistVersion,
      entries: c.shortlist.map((e) => ({
        rank: e.rank,
        startupId: e.startupId,
        name: names.get(e.startupId)?.name ?? e.startupId,
        score: e.score,
        reasons: e.reasons,
      })),
    };
    return { orgId: c.orgId, body: serialize(body) };
  }

  app.get<{ Params: IdParams }>(
    '/challenges/:id/shortlist',
    {
      schema: {
        tags: ['shortlists'],
        summary: "A challenge's ranked shortlist with reasons (its municipality and admin)",
        params: IdParams,
        response: { 200: ShortlistSchema, ...problems },
      },
      preHandler: app.requireRole('municipality'),
    },
    async (req, reply) => {
      const { id } = req.params;
      const view = await cache.get(id, () =>
        buildView(id, (body) => reply.serialize(body) as string),
      );
      if (!view) throw new ChallengeNotFound(id);
      assertCanEditOrg(req.principal, view.orgId);
      // already serialized by the response schema (on the miss that built it)
      return reply.type('application/json; charset=utf-8').send(view.body);
    },
  );

  app.get<{ Params: IdParams }>(
    '/startups/:id/matches',
    {
      schema: {
        tags: ['shortlists'],
        summary: 'Open challenges a startup is shortlisted for, with reasons (itself and admin)',
        params: IdParams,
        response: { 200: MatchesResponse, ...problems },
      },
      preHandler: app.requireRole('startup'),
    },
    async (req) => {
      assertCanEditStartup(req.principal, req.params.id);
      const startupId = req.params.id;
      if (!(await startups.get(startupId))) throw new StartupNotFound(startupId);
      const items = (await challenges.shortlisting(startupId)).flatMap((c) => {
        const e = c.shortlist.find((x) => x.startupId === startupId);
        if (!e) return [];
        const { title, orgName, city, country, deadline } = c;
        const { rank, score, reasons } = e;
        return [
          { challengeId: c._id, title, orgName, city, country, deadline, rank, score, reasons },
        ];
      });
      items.sort((a, b) => b.score - a.score || (a.challengeId < b.challengeId ? -1 : 1));
      return { startupId, items };
    },
  );
}
