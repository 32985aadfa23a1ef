import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';
import { sleep, waitFor } from '../wait-for.js';

/**
 * 6. The SMTP server down, then answering 4xx to every recipient, then 5xx, then well again.
 * The faults start once the drill's first email arrived, so they hit sends that are flowing.
 */
export const smtpFaults = trafficDrill({
  name: 'smtp-faults',
  title: 'SMTP down, then answering 4xx, then 5xx',
  spreadMs: 6_000,
  faultAtMs: 0,
  settleTimeoutMs: 360_000,
  async fault(ctx, scope) {
    const notes: string[] = [];
    let first = 0;
    await waitFor(
      async () => {
        first = (await ctx.mailpit.emailsPerMatch(scope.tag).catch(() => new Map())).size;
        return first > 0;
      },
      { timeoutMs: 240_000, intervalMs: 500, what: () => "the drill's first email" },
    );
    await drillServers.down('smtp');
    await sleep(10_000);
    await drillServers.up('smtp');
    notes.push(`after ${first} email(s) had arrived: SMTP server stopped for 10 s`);
    await ctx.mailpit.failRecipients(451);
    await sleep(10_000);
    notes.push('then 10 s of 451 to every RCPT TO');
    await ctx.mailpit.failRecipients(550);
    await sleep(10_000);
    notes.push('then 10 s of 550 to every RCPT TO, then healthy');
    await ctx.mailpit.failRecipients(0);
    return notes;
  },
});
