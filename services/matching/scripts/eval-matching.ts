/**
 * pnpm eval:matching <set.json> [--out <rankings.json>] [--k <n>]
 *
 * Ranks every challenge of an evaluation set with the matching service's own domain code,
 * writes {challengeId: [startupId, … best first]} to --out, and when the set has qrels prints
 * ONE JSON line: nDCG@10, Recall@50 and MRR beside a token-overlap baseline from the same run.
 * Relative paths are resolved against the directory pnpm was started from (INIT_CWD).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseEvalSet } from '../src/domain/eval-set.js';
import { rankStartups } from '../src/domain/rank-startups.js';
import { evaluateRankings, type Rankings } from '../src/domain/ranking-metrics.js';
import { StartupIndex } from '../src/domain/startup-index.js';
import { rankByTokenOverlap } from '../src/domain/token-overlap-baseline.js';

const USAGE = 'usage: pnpm eval:matching <set.json> [--out <rankings.json>] [--k <n>]';

function fail(message: string): never {
  process.stderr.write(`eval:matching: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { set: string; out: string | null; k: number } {
  let set: string | null = null;
  let out: string | null = null;
  let k = 100;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--out') out = argv[++i] ?? fail('--out needs a path');
    else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--k') k = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--') continue;
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (set === null) set = a;
    else fail(`unexpected argument ${a}`);
  }
  if (set === null) fail('missing <set.json>');
  if (!Number.isInteger(k) || k < 50) fail('--k must be an integer ≥ 50');
  return { set, out, k };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const base = process.env.INIT_CWD ?? process.cwd();
  const setPath = resolve(base, args.set);
  let raw: string;
  try {
    raw = readFileSync(setPath, 'utf8');
  } catch (e) {
    fail(`cannot read ${setPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let set: ReturnType<typeof parseEvalSet>;
  try {
    set = parseEvalSet(JSON.parse(raw), basename(setPath, '.json'));
  } catch (e) {
    fail(`invalid set ${setPath}: ${(e as Error).message}`);
  }

  const index = new StartupIndex();
  for (const s of set.startups) index.upsert(s);
  const rankings: Record<string, string[]> = {};
  const baseline: Record<string, string[]> = {};
  for (const c of set.challenges) {
    rankings[c.id] = rankStartups(index, c, { k: args.k }).map((r) => r.startupId);
    baseline[c.id] = rankByTokenOverlap(c, set.startups, args.k);
  }
  if (args.out) writeFileSync(resolve(base, args.out), `${JSON.stringify(rankings, null, 2)}\n`);

  const summary: Record<string, unknown> = {
    set: set.name,
    challenges: set.challenges.length,
    startups: index.size,
  };
  if (set.qrels) {
    const ours = evaluateRankings(rankings as Rankings, set.qrels);
    const lexical = evaluateRankings(baseline as Rankings, set.qrels);
    Object.assign(summary, {
      'ndcg@10': ours['ndcg@10'],
      'recall@50': ours['recall@50'],
      mrr: ours.mrr,
      baseline: {
        method: 'token-overlap',
        'ndcg@10': lexical['ndcg@10'],
        'recall@50': lexical['recall@50'],
        mrr: lexical.mrr,
      },
    });
  }
  if (args.out) summary.out = resolve(base, args.out);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main();
