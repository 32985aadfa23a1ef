// pnpm load [--seconds 60] [--rate 5] [--cohort 10] [--no-doc]: challenges published and startups
// registered concurrently at a stated rate (writes/s, open loop) through the public APIs, on the
// drills' own servers; then p50/p99 of HTTP latency and of publish → match → email, the error
// count, and how long the backlog took to drain.
import { parseArgs } from 'node:util';
import { countDrill, judge } from './drill-ledger.js';
import { DrillScope } from './drill-scope.js';
import { startWorld } from './drill-world.js';
import { waitDrained } from './lag.js';
import { percentile } from './percentile.js';
import { machine, reliabilityDocPath, writeSection } from './reliability-doc.js';
import { sleep } from './wait-for.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '5' },
    cohort: { type: 'string', default: '10' },
    'drain-timeout': { type: 'string', default: '900' },
    'no-doc': { type: 'boolean' },
  },
  strict: true,
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const cohort = Number(values.cohort);
if (!(seconds > 0 && rate > 0 && cohort > 0)) throw new Error('--seconds, --rate, --cohort: > 0');

const { ctx, stop } = await startWorld('load');
let exitCode = 0;
try {
  const { api, census, mailpit, log } = ctx;
  // One scope per cohort: a challenge and `cohort` startups of its own sector tag.
  const run = `load${Math.random().toString(36).slice(2, 8)}`;
  const scopes: DrillScope[] = [];
  const readyAt = new Map<string, number>(); // startup or challenge id → accepted at
  const ops: (() => Promise<void>)[] = [];
  const total = Math.round(seconds * rate);
  for (let i = 0; ops.length < total; i++) {
    const scope = new DrillScope(ctx, `${run}c${i}`);
    scopes.push(scope);
    await scope.setUp();
    ops.push(async () => {
      await scope.publishChallenge();
      for (const id of scope.accepted().challenges)
        if (!readyAt.has(id)) readyAt.set(id, Date.now());
    });
    for (let s = 0; s < cohort && ops.length < total; s++) {
      ops.push(async () => {
        await scope.registerStartup();
        for (const id of scope.accepted().startups)
          if (!readyAt.has(id)) readyAt.set(id, Date.now());
      });
    }
  }
  api.http.latencies.length = 0;
  api.http.errors = 0;
  log(
    `[load] ${ops.length} writes at ${rate}/s for ${seconds} s (${scopes.length} challenges, ${cohort} startups each)`,
  );
  const t0 = Date.now();
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < ops.length; i++) {
    const wait = t0 + (i * 1000) / rate - Date.now();
    if (wait > 0) await sleep(wait);
    const p = (ops[i] as () => Promise<void>)().catch(() => undefined);
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  }
  await Promise.all(inFlight);
  const trafficEnd = Date.now();
  const achieved = ops.length / ((trafficEnd - t0) / 1000);
  log(`[load] traffic done in ${Math.round((trafficEnd - t0) / 1000)} s; waiting for the backlog`);

  // Drained: every expected match has its email, and every group has committed everything.
  const drainTimeout = Number(values['drain-timeout']) * 1000;
  let emailed = 0;
  let expected = 0;
  let drained = false;
  while (Date.now() - trafficEnd < drainTimeout) {
    const counts = await Promise.all(scopes.map((s) => countDrill(ctx, s).catch(() => undefined)));
    emailed = counts.reduce((a, c) => a + Math.max(0, c?.emailsSent ?? 0), 0);
    expected = counts.reduce((a, c) => a + (c?.emailsExpected ?? 0), 0);
    if (
      counts.every(
        (c) => c && c.emailsSent === c.emailsExpected && c.shortlisted === c.expectedMatches,
      )
    ) {
      drained = true;
      break;
    }
    log(
      `[load] ${emailed}/${expected} emails after ${Math.round((Date.now() - trafficEnd) / 1000)} s`,
    );
    await sleep(5_000);
  }
  const lagLeft = await waitDrained(ctx, 60_000);
  const drainedAfter = Math.round((Date.now() - trafficEnd) / 1000);
  await sleep(5_000);
  const finals = await Promise.all(scopes.map((s) => countDrill(ctx, s)));
  // the report counts what was expected at the end: a registration that reached Kafka after the
  // drain check above still adds its match
  expected = finals.reduce((a, c) => a + c.emailsExpected, 0);
  const verdicts = finals.map((c) => judge(c));
  const lost = verdicts.reduce((a, v) => a + v.lost, 0);
  const duplicated = verdicts.reduce((a, v) => a + v.duplicated, 0);

  // publish → match → email, per pair, from the moment both of its writes were accepted.
  const matchMs: number[] = [];
  const emailMs: number[] = [];
  const firstMatch = new Map<string, number>();
  for (const m of census.messages(ctx.system.names.topics.matching)) {
    const k = String(m.data?.matchId ?? '');
    if (m.type === 'match.found' && !firstMatch.has(k)) firstMatch.set(k, m.seenAt);
  }
  const emails = await mailpit.emailsPerMatch(run);
  for (const [pair, { firstAt }] of emails) {
    const [c, s] = pair.split(':') as [string, string];
    const ready = Math.max(readyAt.get(c) ?? Number.NaN, readyAt.get(s) ?? Number.NaN);
    if (Number.isNaN(ready)) continue;
    emailMs.push(firstAt - ready);
    const matched = firstMatch.get(pair);
    if (matched !== undefined) matchMs.push(matched - ready);
  }
  const lat = api.http.latencies;
  const fmt = (ms: number) =>
    Number.isNaN(ms)
      ? 'n/a'
      : ms >= 10_000
        ? `${(ms / 1000).toFixed(1)} s`
        : `${Math.round(ms)} ms`;
  const errors = [...api.http.errorsByStatus].map(([k, n]) => `${k}: ${n}`).join(', ');
  const rows: [string, string][] = [
    [
      'Stated rate',
      `${rate} writes/s for ${seconds} s (${ops.length} writes: ${scopes.length} challenges published, ${ops.length - scopes.length} startups registered; ${cohort} startups per challenge)`,
    ],
    [
      'Writes done per second',
      `${achieved.toFixed(2)} (from the first write to the last response)`,
    ],
    ['HTTP requests', `${lat.length} (create + publish per challenge, register per startup)`],
    ['HTTP latency p50 / p99', `${fmt(percentile(lat, 50))} / ${fmt(percentile(lat, 99))}`],
    ['HTTP errors', `${api.http.errors}${errors ? ` (${errors})` : ''}`],
    ['Matches expected / emails sent', `${expected} / ${emails.size}`],
    [
      'publish → match.found p50 / p99',
      `${fmt(percentile(matchMs, 50))} / ${fmt(percentile(matchMs, 99))}`,
    ],
    [
      'publish → email p50 / p99',
      `${fmt(percentile(emailMs, 50))} / ${fmt(percentile(emailMs, 99))}`,
    ],
    [
      'Backlog drained after',
      drained && lagLeft === 0
        ? `${drainedAfter} s after the last write`
        : `NOT drained within ${drainedAfter} s: ${emailed} of ${expected} emails sent, ${lagLeft} Kafka messages unconsumed`,
    ],
    [
      drained ? 'Lost / duplicated' : 'Missing when counted (not necessarily lost) / duplicated',
      `${lost} / ${duplicated}`,
    ],
  ];
  const table = [
    '| Figure | Value |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
  log(`\n${table}\n`);
  if (!drained || lost > 0 || duplicated > 0 || lagLeft > 0) exitCode = 1;
  if (!values['no-doc']) {
    writeSection(
      'load',
      [
        '## Load',
        '',
        `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`pnpm load --seconds ${seconds} --rate ${rate} --cohort ${cohort}\`, on ${machine()}. ` +
          'Writes are sent open loop at the stated rate; a match is ready when both its challenge publish and its startup registration were accepted, and its latency runs from then to match.found on Kafka and to the email at Mailpit.',
        '',
        table,
      ].join('\n'),
    );
    log(`[load] figures written to ${reliabilityDocPath}`);
  }
} catch (err) {
  exitCode = 1;
  ctx.log(`[load] failed: ${(err as Error).stack ?? err}`);
} finally {
  await stop();
}
process.exit(exitCode);
