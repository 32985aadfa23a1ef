import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';
import { sleep } from '../wait-for.js';

/** 6. The SMTP server down, then answering 4xx to every recipient, then 5xx, then well again. */
export const smtpFaults = trafficDrill({
  name: 'smtp-faults',
  title: 'SMTP down, then answering 4xx, then 5xx',
  spreadMs: 6_000,
  faultAtMs: 0,
  async fault(ctx) {
    const notes: string[] = [];
    await drillServers.down('smtp');
    await sleep(8_000);
    await drillServers.up('smtp');
    notes.push('SMTP server stopped for 8 s');
    await ctx.mailpit.failRecipients(451);
    await sleep(8_000);
    notes.push('then 8 s of 451 to every RCPT TO');
    await ctx.mailpit.failRecipients(550);
    await sleep(8_000);
    notes.push('then 8 s of 550 to every RCPT TO, then healthy');
    await ctx.mailpit.failRecipients(0);
    return notes;
  },
});
