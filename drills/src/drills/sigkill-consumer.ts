import { trafficDrill } from '../drill.js';
import type { DrillContext } from '../drill-context.js';
import type { DrillScope } from '../drill-scope.js';
import { sleep, waitFor } from '../wait-for.js';

/** Messages of the drill whose effect is in the DB but whose offset the group has not committed. */
async function effectsPastCommit(
  ctx: DrillContext,
  group: string,
  topic: string,
  messages: { partition: number; offset: number; done: boolean }[],
): Promise<{ past: number; done: number }> {
  const committed = await ctx.census.committed(group, topic);
  const done = messages.filter((m) => m.done);
  const past = done.filter((m) => m.offset >= (committed.get(m.partition) ?? -1)).length;
  return { past, done: done.length };
}

/**
 * Wait until `count` is at least `min` and grew since the last look (the consumer is mid-stream,
 * so its last effects are likely past its last commit); after `graceMs` at `min`, go anyway.
 */
async function whileGrowing(count: () => Promise<number>, min: number, graceMs = 30_000) {
  let last = await count();
  let reachedAt: number | undefined;
  await waitFor(
    async () => {
      const now = await count();
      const grew = now > last;
      last = now;
      if (now >= min) reachedAt ??= Date.now();
      return now >= min && (grew || Date.now() - (reachedAt ?? Date.now()) > graceMs);
    },
    { timeoutMs: 120_000, intervalMs: 50, what: () => `${min} effects of the drill (saw ${last})` },
  );
}

async function killMatching(ctx: DrillContext, scope: DrillScope): Promise<string> {
  const { names } = ctx.system;
  const challenges = ctx.mongo.db(names.databases.matching).collection('challenges');
  const shortlisted = async () => {
    const ids = scope.accepted().challenges;
    const docs = await challenges
      .find({ _id: { $in: ids as never[] } }, { projection: { 'shortlist.startupId': 1 } })
      .toArray();
    return new Set(
      docs.flatMap((d) => ((d.shortlist ?? []) as { startupId: string }[]).map((e) => e.startupId)),
    );
  };
  await whileGrowing(async () => (await shortlisted()).size, 8);
  await ctx.system.services.matching.kill();
  const on = await shortlisted();
  const events = ctx.census
    .messages(names.topics.startups)
    .filter((m) => m.type === 'startup.registered' && m.key?.startsWith(`${scope.tag}-`))
    .map((m) => ({ partition: m.partition, offset: m.offset, done: on.has(m.key as string) }));
  const { past, done } = await effectsPastCommit(
    ctx,
    names.groups.matching,
    names.topics.startups,
    events,
  );
  await sleep(1_000);
  await ctx.system.services.matching.start();
  return `matching SIGKILLed with ${done} startups shortlisted, ${past} of them past the group's committed offset (effect done, commit not)`;
}

async function killNotifications(ctx: DrillContext, scope: DrillScope): Promise<string> {
  const { names } = ctx.system;
  const deliveries = ctx.mongo.db(names.databases.notifications).collection('deliveries');
  const recorded = async () => {
    const docs = await deliveries
      .find({ startupId: { $regex: `^${scope.tag}-` } }, { projection: { _id: 1 } })
      .toArray();
    return new Set(docs.map((d) => String(d._id)));
  };
  await whileGrowing(async () => (await recorded()).size, 5);
  await ctx.system.services.notifications.kill();
  const have = await recorded();
  const events = ctx.census
    .messages(names.topics.matching)
    .filter((m) => m.type === 'match.found' && String(m.data?.matchId).includes(`:${scope.tag}-`))
    .map((m) => ({
      partition: m.partition,
      offset: m.offset,
      done: have.has(String(m.data?.matchId)),
    }));
  const { past, done } = await effectsPastCommit(
    ctx,
    names.groups.notifications,
    names.topics.matching,
    events,
  );
  await sleep(1_000);
  await ctx.system.services.notifications.start();
  return `notifications SIGKILLed with ${done} deliveries recorded, ${past} of them past the group's committed offset`;
}

/** 3. A consumer SIGKILLed after its effect and before its commit (matching, then notifications). */
export const sigkillConsumer = trafficDrill({
  name: 'sigkill-consumer',
  title: 'Consumer SIGKILLed after its effect, before its commit',
  challenges: 2,
  startups: 30,
  spreadMs: 12_000,
  faultAtMs: 0,
  async fault(ctx, scope) {
    // Both at once: each is killed while its own stream of effects is flowing.
    return Promise.all([killMatching(ctx, scope), killNotifications(ctx, scope)]);
  },
});
