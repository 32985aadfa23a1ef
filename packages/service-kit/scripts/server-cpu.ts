// CPU time of the servers `infra/up` started (Kafka, MongoDB/FerretDB, Redis) beside this
// process's, so a bench can say where an event's CPU goes on this machine, not only its wall
// time. Reads the pid files in infra's state folder and /proc (Linux); a server whose pid file or
// /proc entry cannot be read is left out (servers run elsewhere, another OS).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVERS = ['kafka', 'mongo', 'redis'] as const;
type Side = 'node' | (typeof SERVERS)[number];

/** Milliseconds of CPU (user + system) used so far, by this process and by each server found. */
export type CpuSnapshot = Partial<Record<Side, number>>;

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const pids = join(process.env.CITYMATCH_STATE ?? join(root, '.infra'), 'pids');
/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 on every common build). */
const TICKS_PER_SECOND = 100;

function serverCpuMs(name: string): number | undefined {
  try {
    const pid = readFileSync(join(pids, `${name}.pid`), 'utf8').split(/\s/)[0];
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name in parentheses: state is 3rd, utime 14th, stime 15th
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

export function cpuSnapshot(): CpuSnapshot {
  const own = process.cpuUsage();
  const snap: CpuSnapshot = { node: (own.user + own.system) / 1000 };
  for (const name of SERVERS) {
    const ms = serverCpuMs(name);
    if (ms !== undefined) snap[name] = ms;
  }
  return snap;
}

/**
 * CPU spent by each side while named runs went on, added up per name over every run of it:
 * `await tally.measure('raw', rawRound)` in each round, then `tally.perEvent()`.
 */
export class CpuTally {
  readonly #spent = new Map<string, { ms: CpuSnapshot; events: number }>();

  async measure<T>(name: string, events: number, run: () => Promise<T>): Promise<T> {
    const before = cpuSnapshot();
    const result = await run();
    this.add(name, events, before);
    return result;
  }

  /** Count the CPU spent since `before` (a `cpuSnapshot()`) under `name`, for `events` events. */
  add(name: string, events: number, before: CpuSnapshot): void {
    const after = cpuSnapshot();
    const sum = this.#spent.get(name) ?? { ms: {}, events: 0 };
    for (const side of Object.keys(after) as Side[]) {
      const a = before[side];
      const b = after[side];
      if (a !== undefined && b !== undefined) sum.ms[side] = (sum.ms[side] ?? 0) + b - a;
    }
    sum.events += events;
    this.#spent.set(name, sum);
  }

  /** Forget what was counted (warm-up rounds). */
  clear(): void {
    this.#spent.clear();
  }

  /** µs of CPU per event of each side, per name. */
  perEvent(): Record<string, CpuSnapshot> {
    const out: Record<string, CpuSnapshot> = {};
    for (const [name, { ms, events }] of this.#spent) {
      const us: CpuSnapshot = {};
      for (const [side, spent] of Object.entries(ms) as [Side, number][]) {
        us[side] = Number(((spent * 1000) / events).toFixed(1));
      }
      out[name] = us;
    }
    return out;
  }
}

/** `node 36.1, kafka 10.0, mongo 0.0` (µs per event; a server's CPU moves in steps of 10 ms). */
export const formatCpu = (cpu: CpuSnapshot) =>
  Object.entries(cpu)
    .map(([side, us]) => `${side} ${us.toFixed(1)}`)
    .join(', ');
