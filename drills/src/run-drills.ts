// pnpm drills [--only 1,3,7] [--no-doc]: the fault drills of docs/reliability.md, on servers and
// service processes of their own; exits 1 when a drill loses or duplicates anything.
import { parseArgs } from 'node:util';
import type { Drill, DrillResult } from './drill.js';
import type { DrillCounts } from './drill-ledger.js';
import { startWorld } from './drill-world.js';
import { brokerRestart } from './drills/broker-restart.js';
import { duplicateDeliveries } from './drills/duplicate-deliveries.js';
import { kafkaStopped } from './drills/kafka-stopped.js';
import { mongoRestart } from './drills/mongo-restart.js';
import { poisonMessages } from './drills/poison-messages.js';
import { redisRestart } from './drills/redis-restart.js';
import { sigkillConsumer } from './drills/sigkill-consumer.js';
import { sigtermAll } from './drills/sigterm-all.js';
import { smtpFaults } from './drills/smtp-faults.js';
import { drillServers } from './infra-servers.js';
import {
  drillsNotes,
  drillsTable,
  lastResults,
  machine,
  reliabilityDocPath,
  writeSection,
} from './reliability-doc.js';

const ALL: Drill[] = [
  kafkaStopped,
  brokerRestart,
  sigkillConsumer,
  mongoRestart,
  redisRestart,
  smtpFaults,
  duplicateDeliveries,
  poisonMessages,
  sigtermAll,
];

const { values } = parseArgs({
  options: { only: { type: 'string' }, 'no-doc': { type: 'boolean' } },
  strict: true,
});
const only = values.only?.split(',').map((n) => Number(n.trim()));
const chosen = ALL.map((d, i) => ({ d, n: i + 1 })).filter(({ n }) => !only || only.includes(n));

const emptyCounts = (): DrillCounts => ({
  written: 0,
  rejected: 0,
  onKafka: 0,
  writesNotOnKafka: 0,
  kafkaCopies: 0,
  expectedMatches: 0,
  matchFound: 0,
  shortlisted: 0,
  deliveries: {},
  retried: 0,
  emailsExpected: 0,
  emailsSent: 0,
  emailsDuplicated: 0,
});

const t0 = Date.now();
const { ctx, stop } = await startWorld('drills');
const results: DrillResult[] = [];
let crashed: unknown;
try {
  for (const { d, n } of chosen) {
    ctx.log(`[drills] ${n}. ${d.title}`);
    await drillServers.up();
    await ctx.mailpit.failRecipients(0);
    await ctx.system.ensureRunning();
    const started = Date.now();
    const r = await d.run(ctx).catch(
      (err: Error): DrillResult => ({
        name: d.name,
        title: d.title,
        counts: emptyCounts(),
        verdict: { lost: 0, duplicated: 0, problems: [`the drill crashed: ${err.message}`] },
        notes: [],
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
    results.push(r);
    const c = r.counts;
    ctx.log(
      `  ${r.verdict.problems.length === 0 ? 'PASS' : 'FAIL'} in ${r.seconds} s: written ${c.written}, on Kafka ${c.onKafka} (+${c.kafkaCopies} copies), shortlisted ${c.shortlisted}/${c.expectedMatches}, emails ${c.emailsSent}/${c.emailsExpected}, lost ${r.verdict.lost}, duplicated ${r.verdict.duplicated}`,
    );
    for (const note of r.notes) ctx.log(`    ${note}`);
    for (const p of r.verdict.problems) ctx.log(`    FAILED: ${p}`);
    // A service left unready by this drill would fail the next ones too: restart it, and say so.
    await ctx.system.ensureRunning();
    for (const name of await ctx.system.restartUnready()) {
      r.notes.push(`${name} was still not ready after the drill and was restarted before the next`);
      ctx.log(`    ${name} was still not ready after the drill: restarted`);
    }
  }
} catch (err) {
  crashed = err;
  ctx.log(`[drills] a drill crashed: ${(err as Error).stack ?? err}`);
} finally {
  await stop();
}

const failed = results.filter((r) => r.verdict.problems.length > 0);
const minutes = Math.round((Date.now() - t0) / 6000) / 10;
const stamp = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
if (!values['no-doc'] && results.length > 0) {
  // --only re-runs some drills: their rows replace the ones of the last run, the rest stay.
  for (const r of results) r.ranAt = stamp;
  const previous = only ? lastResults() : [];
  const rows = ALL.map(
    (d) => results.find((r) => r.name === d.name) ?? previous.find((r) => r.name === d.name),
  ).filter((r): r is DrillResult => r !== undefined);
  const rowsFailed = rows.filter((r) => r.verdict.problems.length > 0).length;
  writeSection(
    'drills',
    [
      '## Drills',
      '',
      `Last run: ${stamp}, ${minutes} min, on ${machine()}` +
        (only
          ? ` (drills ${values.only} re-run; the other rows are from their own last run)`
          : '') +
        `; ${rows.length - rowsFailed} of ${rows.length} drills passed` +
        (crashed
          ? `; the run stopped on an error: ${String((crashed as Error).message ?? crashed)}`
          : '') +
        '.',
      '',
      drillsTable(rows),
      '',
      drillsNotes(rows),
      '',
      `<!-- drills:results ${JSON.stringify(rows)} -->`,
    ].join('\n'),
  );
  ctx.log(`[drills] figures written to ${reliabilityDocPath}`);
}
ctx.log(`\n${drillsTable(results)}\n`);
ctx.log(
  `[drills] ${results.length - failed.length} passed, ${failed.length + (crashed ? 1 : 0)} failed in ${minutes} min`,
);
process.exit(failed.length > 0 || crashed ? 1 : 0);
