// `pnpm bench`: runs each benchmark script in turn (each prints its figures beside a baseline
// measured in the same run, JSON on its last line), then writes docs/benchmarks.md: one table of
// figure, value, baseline, ratio, target, pass/fail, with the date, the machine and the server
// versions. Everything under "## Before and after" in the existing document is kept as it is.
// Each bench's last result is kept in docs/benchmarks.json, so `--only x` runs x again and keeps
// the other rows (each row says when it ran; every ratio is to a baseline of its own run).
// Usage: pnpm bench [--only relay,consumer,shortlist,smtp,matching,publish-emails] [--quick]
//        [--no-write]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});
const quick = values.quick;

type Json = Record<string, number | string>;
interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  pass: boolean | undefined;
}
interface Bench {
  name: string;
  script: string;
  args: string[];
  rows: (r: Json) => Row[];
}

/** A figure for the table; '—' where a result stored by an older script has no such field. */
const n = (x: unknown, digits = 0) =>
  x === undefined ? '—' : Number(x).toLocaleString('en-US', { maximumFractionDigits: digits });
const fixed = (x: unknown) => (x === undefined ? '—' : Number(x).toFixed(2));
const ratioRow = (
  figure: string,
  value: string,
  baseline: string,
  ratio: number,
  min: number,
): Row => ({
  figure,
  value,
  baseline,
  ratio: ratio.toFixed(2),
  target: `≥ ${min.toFixed(2)}`,
  pass: ratio >= min,
});

/** A row that informs, with no target to meet. */
const infoRow = (figure: string, value: string, baseline: string, ratio: string): Row => ({
  figure,
  value,
  baseline,
  ratio,
  target: '—',
  pass: undefined,
});

/** CPU µs per event of each side (this process, the servers), as a bench's JSON gives them. */
const cpuText = (sides: Record<string, number> | undefined) =>
  sides
    ? Object.entries(sides)
        .filter(([, us]) => us > 0)
        .map(([side, us]) => `${side} ${us.toFixed(1)}`)
        .join(', ')
    : '—';

/** A row of CPU per event: what `path` spent on each side beside the baseline's `base`. */
function cpuRow(what: string, r: Json, path: string, base: string): Row {
  const per = r.cpu_us_per_event as unknown as Record<string, Record<string, number>> | undefined;
  return infoRow(
    `${what}, CPU µs/event (this process "node" and each server, all rounds)`,
    cpuText(per?.[path]),
    `raw: ${cpuText(per?.[base])}`,
    '—',
  );
}

const benches: Bench[] = [
  {
    name: 'relay',
    script: 'packages/service-kit/scripts/bench-relay.ts',
    args: ['--events', quick ? '1000' : '2000'],
    rows: (r) => [
      ratioRow(
        `Outbox relay, events/s (${r.events} events; writers notify the ids, as in the services)`,
        n(r.relay_eps),
        `raw kafkajs sendBatch ${n(r.raw_eps)}`,
        Number(r.ratio),
        0.8,
      ),
      infoRow(
        'Outbox relay, events/s (nobody notified: found by its backlog scan)',
        n(r.relay_scan_eps),
        `raw kafkajs sendBatch ${n(r.raw_eps)}`,
        Number(r.scan_ratio).toFixed(2),
      ),
      cpuRow('Outbox relay', r, 'notified', 'raw'),
      infoRow(
        'Outbox relay with its Kafka sends skipped, events/s (database and relay alone)',
        n(r.no_send_eps),
        `raw kafkajs sendBatch ${n(r.raw_eps)}`,
        fixed(r.no_send_ratio),
      ),
    ],
  },
  {
    name: 'consumer',
    script: 'packages/service-kit/scripts/bench-consumer.ts',
    args: ['--events', quick ? '5000' : '20000'],
    rows: (r) => [
      ratioRow(
        `ConsumerRunner, effects/s (${r.events} events, median of ${r.rounds} rounds)`,
        n(r.runner_eps),
        `raw kafkajs consume ${n(r.raw_eps)}`,
        Number(r.ratio),
        0.6,
      ),
      cpuRow('ConsumerRunner', r, 'runner', 'raw'),
      infoRow(
        'Required work alone, events/s (decode, validate, dedupe marks; no runner)',
        n(r.required_work_eps),
        `raw kafkajs consume ${n(r.raw_eps)}`,
        fixed(r.required_work_ratio),
      ),
    ],
  },
  {
    name: 'shortlist',
    script: 'services/matching/scripts/bench-shortlist.ts',
    args: ['--seconds', quick ? '3' : '5', '--rounds', quick ? '1' : '3'],
    rows: (r) => [
      ratioRow(
        `GET /challenges/:id/shortlist, req/s (${r.entries} entries, ${r.connections} conns)`,
        n(r.shortlist_rps),
        `bare Fastify, same JSON ${n(r.bare_rps)}`,
        Number(r.ratio),
        0.5,
      ),
      infoRow(
        'GET /challenges/:id/shortlist, p99 ms',
        n(r.shortlist_p99_ms),
        `bare Fastify ${n(r.bare_p99_ms)}`,
        (Number(r.shortlist_p99_ms) / Math.max(Number(r.bare_p99_ms), 1)).toFixed(2),
      ),
    ],
  },
  {
    name: 'smtp',
    script: 'services/notifications/scripts/bench-smtp.ts',
    args: ['--count', quick ? '100' : '300', '--rounds', quick ? '1' : '3'],
    rows: (r) => {
      const rates = r.medianEmailsPerSecond as unknown as Record<string, number>;
      return [
        infoRow(
          `SMTP pooled transport (pool ${r.poolSize}), emails/s`,
          n(rates.pooled, 1),
          `single connection ${n(rates.singleConnection, 1)}`,
          Number(r.speedupPoolVsSingle).toFixed(2),
        ),
      ];
    },
  },
  {
    name: 'matching',
    script: 'services/matching/scripts/bench-matching.ts',
    args: quick
      ? ['--startups', '100000', '--challenges', '2000', '--naive', '50']
      : ['--startups', '300000', '--challenges', '5000', '--naive', '50'],
    rows: (r) => [
      infoRow(
        `Matching top-50, p50 ms (${n(r.startups)} startups, index ${r.index_mb} MB)`,
        String(r.p50_ms),
        `naive full scan ${r.naive_p50_ms}`,
        (Number(r.naive_p50_ms) / Math.max(Number(r.p50_ms), 1e-6)).toFixed(1),
      ),
      infoRow(
        'Matching top-50, p99 ms',
        String(r.p99_ms),
        `build ${r.build_s} s; ${r.naive_disagreements}/${r.naive_checked} disagree`,
        '—',
      ),
    ],
  },
  {
    name: 'publish-emails',
    script: 'e2e/scripts/bench-publish-emails.ts',
    args: ['--startups', '200', '--challenges', quick ? '1' : '5', '--timeout-s', '600'],
    rows: (r) => {
      // the floor: the same number of emails through the pooled transport alone (smtp bench)
      const pooled = Number(
        (results.get('smtp')?.medianEmailsPerSecond as unknown as Record<string, number>)?.pooled ??
          0,
      );
      const floorMs = pooled > 0 ? (Number(r.emails_per_challenge) / pooled) * 1000 : 0;
      const late = Number(r.timed_out ?? 0);
      const row = (q: string, ms: number, limit?: number): Row => ({
        figure: `Publish → all ${r.emails_per_challenge} emails, ${q} ms (${r.startups} matching startups, ${r.challenges} challenges${late ? `, ${late} not done within the timeout: counted as the timeout` : ''})`,
        value: `${late ? '≥ ' : ''}${n(ms)}`,
        baseline: floorMs > 0 ? `SMTP send alone ${n(floorMs)}` : '—',
        ratio: floorMs > 0 ? (floorMs / ms).toFixed(2) : '—',
        target: limit ? `≤ ${n(limit)} ms` : '—',
        pass: limit ? ms <= limit : undefined,
      });
      return [row('p50', Number(r.p50_ms)), row('p99', Number(r.p99_ms), 2000)];
    },
  },
];

/** Run one script with tsx from the repository root; its last JSON line is the result. */
function runScript(script: string, args: string[]): Promise<Json> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [script, ...args], {
      cwd: script.split('/scripts/')[0] ?? root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
      process.stderr.write(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = out
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{'));
      if (code !== 0 || !last) reject(new Error(`${script} exited ${code}`));
      else resolve(JSON.parse(last) as Json);
    });
  });
}

// Results by bench, from this run or (for benches not run this time) an earlier one.
const jsonPath = join(root, 'docs', 'benchmarks.json');
type Stored = Record<string, { date: string; command: string; result: Json }>;
const stored: Stored = existsSync(jsonPath)
  ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Stored)
  : {};
const only = values.only?.split(',');
const results = new Map<string, Json>();
const rows: (Row & { date: string })[] = [];
const failed: string[] = [];
for (const bench of benches) {
  const command = `tsx ${bench.script} ${bench.args.join(' ')}`;
  if (!only || only.includes(bench.name)) {
    process.stderr.write(`\n== ${bench.name}: ${command}\n`);
    try {
      const result = await runScript(join(root, bench.script), bench.args);
      stored[bench.name] = { date: new Date().toISOString(), command, result };
    } catch (err) {
      failed.push(`${bench.name}: ${(err as Error).message}`);
    }
  }
  const entry = stored[bench.name];
  if (!entry) continue;
  results.set(bench.name, entry.result);
  const date = entry.date.slice(0, 16).replace('T', ' ');
  rows.push(...bench.rows(entry.result).map((r) => ({ ...r, date })));
}
const versions = await runScript(join(root, 'packages/service-kit/scripts/server-versions.ts'), []);

const mark = (p: boolean | undefined) => (p === undefined ? '—' : p ? 'pass' : 'FAIL');
const table = [
  '| Figure | Value | Baseline (same run) | Ratio | Target | Result | Run (UTC) |',
  '| --- | ---: | --- | ---: | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.figure} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${mark(r.pass)} | ${r.date} |`,
  ),
].join('\n');
const cpu = cpus();
const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the end`;
const commands = Object.entries(stored)
  .map(([name, e]) => `- ${name} (${e.date}): \`${e.command}\``)
  .join('\n');
const latest = `# Benchmarks

Written by \`pnpm bench\` (scripts/bench.ts). Every figure stands beside a baseline measured in
the same run of the same script on the same servers; the ratio is figure ÷ baseline (for
latencies, baseline ÷ figure), so a shared or slow machine moves both sides together. Raw
results: \`docs/benchmarks.json\`.

- Written: ${new Date().toISOString()}
- Machine: ${machine}
- Servers: ${Object.values(versions).join('; ')}
${failed.length ? `- Did not finish: ${failed.join('; ')}\n` : ''}
${table}

Commands (each script's last line is its JSON result):
${commands}
`;

const docPath = join(root, 'docs', 'benchmarks.md');
const previous = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
const keptAt = previous.indexOf('## Before and after');
const kept = keptAt >= 0 ? previous.slice(keptAt) : '## Before and after\n\n(none yet)\n';
console.log(`\n${table}`);
if (!values['no-write']) {
  writeFileSync(docPath, `${latest}\n${kept}`);
  writeFileSync(jsonPath, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`\nwrote ${docPath}`);
}
process.exit(failed.length ? 1 : 0);
