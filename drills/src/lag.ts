import type { DrillContext } from './drill-context.js';
import { sleep } from './wait-for.js';

/** The consumer groups of the run and the topics each reads. */
export function groupTopics(ctx: DrillContext): [string, string][] {
  const { groups, topics } = ctx.system.names;
  return [
    [groups.matching, topics.challenges],
    [groups.matching, topics.startups],
    [`${groups.matching}-index-drills`, topics.startups],
    [groups.notifications, topics.matching],
    [groups.notifications, topics.startups],
    [groups.notifications, topics.challenges],
  ];
}

/** Wait until every group has committed every message of its topics; the lag left, by group. */
export async function waitDrained(ctx: DrillContext, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let total = 0;
  do {
    total = 0;
    for (const [group, topic] of groupTopics(ctx)) {
      total += await ctx.census.lag(group, topic).catch(() => 1);
    }
    if (total === 0) return 0;
    await sleep(1_000);
  } while (Date.now() < deadline);
  return total;
}
