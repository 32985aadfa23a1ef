/**
 * pnpm bench:matching [--startups N] [--challenges N] [--naive N] [--seed N]
 *
 * Builds the matching index over N (default 1,000,000) synthetic startups whose tags are
 * drawn from the taxonomy's surface forms in all four languages with a Zipf skew (plus some
 * free tags and casing noise), ranks the top 50 for 10,000 challenges drawn the same way,
 * and ranks the first 100 of them again by scoring every startup (naive full scan), checking
 * both agree. Last line: one JSON object with the figures.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { surfaceForms } from '@citymatch/taxonomy';
import { rankStartups, rankStartupsNaive } from '../src/domain/rank-startups.js';
import { StartupIndex } from '../src/domain/startup-index.js';
import type { ChallengeInput, StartupInput } from '../src/domain/types.js';

// ---- synthetic data ----

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indexes 0..n-1 with probability ∝ 1/(rank+1)^s (Zipf), by CDF + binary search. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += 1 / (i + 1) ** s;
    cdf[i] = sum;
  }
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

const PLACES: readonly [string, string, readonly string[]][] = [
  ['Istanbul', 'TR', ['tr', 'en']],
  ['Tehran', 'IR', ['fa', 'en']],
  ['Ankara', 'TR', ['tr', 'en']],
  ['Mashhad', 'IR', ['fa']],
  ['İzmir', 'TR', ['tr']],
  ['Isfahan', 'IR', ['fa', 'en']],
  ['Dubai', 'AE', ['ar', 'en']],
  ['Bursa', 'TR', ['tr', 'en']],
  ['Tabriz', 'IR', ['fa', 'tr']],
  ['Baku', 'AZ', ['en', 'tr']],
  ['Shiraz', 'IR', ['fa']],
  ['Kocaeli', 'TR', ['tr']],
  ['Riyadh', 'SA', ['ar', 'en']],
  ['Kerman', 'IR', ['fa']],
  ['Antalya', 'TR', ['tr', 'en']],
  ['Abu Dhabi', 'AE', ['ar', 'en']],
  ['Konya', 'TR', ['tr']],
  ['Karaj', 'IR', ['fa']],
  ['Cairo', 'EG', ['ar', 'en']],
  ['Gaziantep', 'TR', ['tr', 'ar']],
  ['Qom', 'IR', ['fa']],
  ['Sakarya', 'TR', ['tr']],
  ['Jeddah', 'SA', ['ar']],
  ['Tekirdağ', 'TR', ['tr']],
  ['Ganja', 'AZ', ['en']],
  ['Doha', 'QA', ['ar', 'en']],
  ['Amman', 'JO', ['ar', 'en']],
  ['Eskişehir', 'TR', ['tr', 'en']],
  ['Rasht', 'IR', ['fa']],
  ['Kayseri', 'TR', ['tr']],
];

const FREE_WORDS =
  'alpha nova civic grid pulse urbanix metro lab hub flow core sense byte loop'.split(' ');

/**
 * Synthetic startups and challenges shaped like real data: 1–3 tags drawn from the
 * taxonomy's surface forms (all four languages) with a Zipf skew, ~4% free tags nobody else
 * uses the same way, some casing noise; cities Zipf-skewed with their country and languages.
 */
function createSynthetic(seed: number) {
  const random = prng(seed);
  const forms = shuffle([...new Set(surfaceForms().map((f) => f.form))], random);
  const pickForm = zipf(forms.length, 1.0, random);
  const pickPlace = zipf(PLACES.length, 1.0, random);
  const pickFree = zipf(5000, 1.1, random);

  const tag = (): string => {
    if (random() < 0.04) {
      const n = pickFree();
      return `${FREE_WORDS[n % FREE_WORDS.length]} ${Math.floor(n / FREE_WORDS.length)}`;
    }
    const form = forms[pickForm()] ?? '';
    const r = random();
    if (r < 0.1) return form.toUpperCase();
    if (r < 0.3) return form.charAt(0).toUpperCase() + form.slice(1);
    return form;
  };
  const tags = (): string[] => {
    const r = random();
    const n = r < 0.45 ? 1 : r < 0.8 ? 2 : 3;
    return Array.from({ length: n }, tag);
  };
  const place = () => PLACES[pickPlace()] ?? PLACES[0];

  return {
    startup(i: number): StartupInput {
      const [city, country, languages] = place() ?? ['', '', []];
      // ids arrive in no particular order, as registrations would
      const id = `s${(Math.imul(i + 1, 2654435761) >>> 0).toString(36)}-${i.toString(36)}`;
      return { id, sectors: tags(), city, country, languages };
    },
    challenge(i: number): ChallengeInput {
      const [city, country, languages] = place() ?? ['', '', []];
      return { id: `c${i}`, sectors: tags(), city, country, language: languages[0] ?? 'en' };
    },
  };
}

// ---- benchmark ----

function arg(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const i = argv.indexOf(`--${name}`);
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`bench:matching: --${name} must be a non-negative integer\n`);
    process.exit(2);
  }
  return n;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapBytes(): number {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (msg: string) => process.stderr.write(`${msg}\n`);

function main(): void {
  const startups = arg('startups', 1_000_000);
  const challenges = arg('challenges', 10_000);
  const naiveRuns = Math.min(arg('naive', 100), challenges);
  const synth = createSynthetic(arg('seed', 42));

  const before = heapBytes();
  const t0 = performance.now();
  const index = new StartupIndex();
  index.upsertMany(
    (function* () {
      for (let i = 0; i < startups; i++) yield synth.startup(i);
    })(),
  );
  const buildS = (performance.now() - t0) / 1000;
  const indexMb = (heapBytes() - before) / 1024 / 1024;
  log(`built ${index.size} startups in ${round(buildS, 1)} s, ${round(indexMb, 1)} MB`);

  const queries = Array.from({ length: challenges }, (_, i) => synth.challenge(i));
  const times = new Float64Array(challenges);
  const cpuTimes = new Float64Array(challenges);
  const top: string[][] = [];
  for (let i = 0; i < challenges; i++) {
    const q = queries[i];
    if (!q) continue;
    const cpu = process.cpuUsage();
    const t = performance.now();
    const ranked = rankStartups(index, q, { k: 50 });
    times[i] = performance.now() - t;
    const used = process.cpuUsage(cpu);
    cpuTimes[i] = (used.user + used.system) / 1000;
    if (i < naiveRuns) top.push(ranked.map((r) => r.startupId));
  }
  times.sort();
  cpuTimes.sort();

  const naiveTimes = new Float64Array(naiveRuns);
  let disagreements = 0;
  for (let i = 0; i < naiveRuns; i++) {
    const q = queries[i];
    if (!q) continue;
    const t = performance.now();
    const ranked = rankStartupsNaive(index, q, { k: 50 });
    naiveTimes[i] = performance.now() - t;
    if (ranked.map((r) => r.startupId).join() !== top[i]?.join()) disagreements++;
  }
  naiveTimes.sort();

  const p50 = percentile(times, 0.5);
  const naiveP50 = percentile(naiveTimes, 0.5);
  log(`ranked ${challenges} challenges; naive scan on ${naiveRuns}, ${disagreements} disagreed`);
  const result = {
    startups: index.size,
    build_s: round(buildS, 2),
    index_mb: round(indexMb, 1),
    p50_ms: round(p50),
    p99_ms: round(percentile(times, 0.99)),
    naive_p50_ms: round(naiveP50),
    cpu_p50_ms: round(percentile(cpuTimes, 0.5)),
    cpu_p99_ms: round(percentile(cpuTimes, 0.99)),
    load_avg: round(loadavg()[0] ?? 0, 1),
    speedup_p50: round(naiveP50 / Math.max(p50, 1e-6), 1),
    naive_checked: naiveRuns,
    naive_disagreements: disagreements,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
