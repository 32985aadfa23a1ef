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

/** Effects after which a consumer service kills itself (DRILL_SIGKILL_AFTER_EFFECTS). */
// notifications first takes the 30 startup.registered, then the match.found it turns into deliveries
const KILL_AT_EFFECT = { matching: 25, notifications: 45 } as const;

/**
 * Restart `name` with its fault point armed: it SIGKILLs itself right after its n-th effect
 * (effect and dedupe marks written, offset not committed), the exact moment this drill is
 * about; killing from outside lands there only by chance, since a consumer commits within
 * milliseconds of an effect. Resolves once it is dead (or, when the traffic never brings it to
 * its n-th effect, after killing it from outside, and says so).
 */
async function dieAtFaultPoint(
  ctx: DrillContext,
  name: 'matching' | 'notifications',
): Promise<string> {
  const service = ctx.system.services[name];
  const env = service.env as Record<string, string>;
  env.DRILL_SIGKILL_AFTER_EFFECTS = String(KILL_AT_EFFECT[name]);
  try {
    // it may reach the fault point before it reports ready: then start() sees it exit
    const boot = await service.restart().then(
      () => undefined,
      (err: Error) => err,
    );
    if (boot && service.running) throw boot;
    const died = await waitFor(() => !service.running, {
      timeoutMs: 120_000,
      intervalMs: 50,
      what: () => `${name} to reach its fault point`,
    }).then(
      () => true,
      () => false,
    );
    if (died) return `SIGKILLed itself right after its effect no. ${KILL_AT_EFFECT[name]}`;
    await service.kill();
    return `did not reach effect no. ${KILL_AT_EFFECT[name]} in 120 s: SIGKILLed from outside`;
  } finally {
    delete env.DRILL_SIGKILL_AFTER_EFFECTS;
  }
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
  const how = await dieAtFaultPoint(ctx, 'matching');
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
  return `matching ${how}: ${done} startups shortlisted, ${past} of them past the group's committed offset (effect done, commit not)`;
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
  const how = await dieAtFaultPoint(ctx, 'notifications');
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
  return `notifications ${how}: ${done} deliveries recorded, ${past} of them past the group's committed offset`;
}

/** 3. A consumer SIGKILLed after its effect and before its commit (matching, then notifications). */
export const sigkillConsumer = trafficDrill({
  name: 'sigkill-consumer',
  title: 'Consumer SIGKILLed after its effect, before its commit',
  challenges: 2,
  startups: 30,
  spreadMs: 12_000,
  faultAtMs: 0,
  // Sends in flight when notifications dies are cut too: the product records them `unconfirmed`
  // with a notification.failed and never sends them again (send-delivery.ts: at most once).
  excusedEmails: (c) => ({
    count: Math.min(c.deliveries['unconfirmed'] ?? 0, Math.max(0, c.emailsExpected - c.emailsSent)),
    why: 'their send was in flight at the SIGKILL; recorded unconfirmed (a notification.failed in the same write), not resent (at most one email per match)',
  }),
  async fault(ctx, scope) {
    // Both at once, each armed to die at an effect of its own stream.
    return Promise.all([killMatching(ctx, scope), killNotifications(ctx, scope)]);
  },
});
