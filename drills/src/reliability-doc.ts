import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { DrillResult } from './drill.js';
import { repoRoot } from './drill-settings.js';

export const reliabilityDocPath = join(repoRoot, 'docs', 'reliability.md');

const HEADER = `# Reliability

Written by the scripts, not by hand: \`pnpm drills\` rewrites the drills section, \`pnpm load\`
the load section, each with the figures of its last run. The drills start servers of their own
(Kafka, FerretDB, Redis, Mailpit on ports 39092/47018/36379/31025, state in \`.drills-infra/\`)
and the four services as real processes on ports 4101-4104, and send traffic only through the
public HTTP APIs. Every drill uses a sector tag of its own, so its startups match exactly its
challenges: every (challenge, startup) pair is an expected match and an expected email.

How a drill counts: **written** = writes the API accepted (startup registrations, challenge
publishes); **on Kafka** = distinct event ids of those writes read back from the topics
(**copies** = further messages with an id already seen); **effects** = pairs on the shortlists
(matching) / delivery records (notifications); **emails** = matches with an email at Mailpit, read
by the Message-ID the service fixes per match. **Lost** = an accepted write without its event, an
expected match without match.found, shortlist entry or email. **Duplicated** = a second email for
the same match. A drill fails, naming the count that is off, unless both are 0.
`;

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
}

function section(name: 'drills' | 'load', body: string): string {
  return `<!-- ${name}:start -->\n${body.trim()}\n<!-- ${name}:end -->`;
}

/** Replace one section of docs/reliability.md, keeping the other. */
export function writeSection(
  name: 'drills' | 'load',
  body: string,
  path = reliabilityDocPath,
): void {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const keep = (other: 'drills' | 'load') => {
    const m = new RegExp(`<!-- ${other}:start -->[\\s\\S]*?<!-- ${other}:end -->`).exec(old);
    return m?.[0] ?? section(other, `## ${other === 'drills' ? 'Drills' : 'Load'}\n\nNot run yet.`);
  };
  const drills = name === 'drills' ? section('drills', body) : keep('drills');
  const load = name === 'load' ? section('load', body) : keep('load');
  writeFileSync(path, `${HEADER}\n${drills}\n\n${load}\n`);
}

/** The drill results the note holds (written by the last run), to merge a partial re-run in. */
export function lastResults(path = reliabilityDocPath): DrillResult[] {
  if (!existsSync(path)) return [];
  const m = /<!-- drills:results (.*) -->/.exec(readFileSync(path, 'utf8'));
  try {
    return m?.[1] ? (JSON.parse(m[1]) as DrillResult[]) : [];
  } catch {
    return [];
  }
}

const cell = (s: string | number) => String(s).replace(/\|/g, '\\|');

export function drillsTable(results: DrillResult[]): string {
  const rows = results.map((r, i) => {
    const c = r.counts;
    const deliveries = Object.values(c.deliveries).reduce((a, b) => a + b, 0);
    return [
      i + 1,
      r.title,
      r.verdict.problems.length === 0 ? 'pass' : '**FAIL**',
      `${c.written} (+${c.rejected} refused)`,
      `${c.onKafka} (+${c.kafkaCopies} copies)`,
      `${c.shortlisted}/${c.expectedMatches} shortlisted, ${deliveries} deliveries`,
      `${c.emailsExpected}`,
      `${c.emailsSent}`,
      r.verdict.lost,
      r.verdict.duplicated,
      `${r.seconds} s`,
    ]
      .map(cell)
      .join(' | ');
  });
  return [
    '| # | Drill | Result | Events written | Events on Kafka | Effects done | Emails expected | Emails sent | Lost | Duplicated | Time |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

export function drillsNotes(results: DrillResult[]): string {
  return results
    .map((r, i) => {
      const states = Object.entries(r.counts.deliveries)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ');
      const lines = [
        ...r.notes,
        `delivery records: ${states || 'none'}${r.counts.retried > 0 ? ` (${r.counts.retried} needed more than one try)` : ''}`,
      ];
      if (r.verdict.problems.length > 0) lines.push(`**failed**: ${r.verdict.problems.join('; ')}`);
      const when = r.ranAt ? ` (${r.ranAt})` : '';
      return `${i + 1}. **${r.title}**${when}: ${lines.join('; ')}.`;
    })
    .join('\n');
}
