// The probe lists: phrases written in held-out rounds (each round's writers wrote their phrases
// before reading the synonym lists), with the sector each writer expected. `probes/*.tsv`, one
// `lang<TAB>expected<TAB>tag` a line; expected is a sector id, `id1|id2` when either is right,
// or `(none)` when no sector fits (a free tag is then right). `probes/known-misses.tsv` lists the
// phrases the taxonomy does not map as expected today, with what it gives instead.
// Usage: pnpm --filter @citymatch/taxonomy probes [--update]  (--update rewrites known-misses)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FREE_PREFIX, mapTag } from '../src/index.js';

export const PROBES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'probes');
const KNOWN_MISSES = join(PROBES_DIR, 'known-misses.tsv');

export interface Probe {
  list: string;
  lang: string;
  expected: string[];
  tag: string;
}

/** `list lang tag`: a phrase's identity in known-misses. */
export const probeKey = (p: Probe) => `${p.list}\t${p.lang}\t${p.tag}`;

export function readProbes(): Probe[] {
  const probes: Probe[] = [];
  for (const file of readdirSync(PROBES_DIR).sort()) {
    if (!file.endsWith('.tsv') || file === 'known-misses.tsv') continue;
    const list = file.replace(/\.tsv$/, '');
    for (const line of readFileSync(join(PROBES_DIR, file), 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const [lang = '', expected = '', tag = ''] = line.split('\t');
      probes.push({ list, lang, expected: expected.split('|'), tag });
    }
  }
  return probes;
}

/** The sector mapTag puts first, or `(none)` for a free tag or nothing. */
export function topSector(tag: string): string {
  const top = mapTag(tag)[0]?.sectorId;
  return top === undefined || top.startsWith(FREE_PREFIX) ? '(none)' : top;
}

/** The probes whose top sector is not one the writer expected, with the sector given. */
export function misses(probes: readonly Probe[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of probes) {
    const got = topSector(p.tag);
    if (!p.expected.includes(got)) out.set(probeKey(p), got);
  }
  return out;
}

export function readKnownMisses(): Set<string> {
  const lines = readFileSync(KNOWN_MISSES, 'utf8').split('\n');
  return new Set(
    lines
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => l.split('\t').slice(0, 3).join('\t')),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const probes = readProbes();
  const missed = misses(probes);
  const byList = new Map<string, { n: number; right: number }>();
  for (const p of probes) {
    const s = byList.get(p.list) ?? { n: 0, right: 0 };
    s.n++;
    if (!missed.has(probeKey(p))) s.right++;
    byList.set(p.list, s);
  }
  for (const [list, s] of byList) console.log(`${list.padEnd(16)} ${s.right} / ${s.n}`);
  console.log(`all              ${probes.length - missed.size} / ${probes.length}`);
  if (process.argv.includes('--update')) {
    const rows = [...missed].map(([key, got]) => `${key}\t${got}`).sort();
    writeFileSync(
      KNOWN_MISSES,
      `# list\tlang\ttag\tmapped to (not what the writer expected; see scripts/probes.ts)\n${rows.join('\n')}\n`,
    );
    console.log(`wrote ${rows.length} known misses`);
  }
}
