import type { DrillContext } from './drill-context.js';
import { sleep } from './wait-for.js';

/** Runs `tasks` with at most `limit` at once. */
export async function pooled<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) {
        const i = next++;
        out[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return out;
}

/**
 * The traffic of one drill: its own sector tag (a free tag nobody else uses), so its startups
 * match its challenges and nothing else; every write it made and whether the API accepted it.
 */
export class DrillScope {
  readonly tag: string;
  readonly orgId: string;
  /** Startup ids tried → accepted by the API. */
  readonly startups = new Map<string, boolean>();
  /** Challenge ids created → published (accepted) or not. */
  readonly challenges = new Map<string, boolean>();
  rejectedWrites = 0;
  #startupSeq = 0;
  #challengeSeq = 0;

  constructor(
    readonly ctx: DrillContext,
    readonly name: string,
  ) {
    this.tag = `${name.replace(/[^a-z0-9]/gi, '').slice(0, 12)}${Math.random().toString(36).slice(2, 8)}`;
    this.orgId = `org-${this.tag}`;
  }

  email(startupId: string): string {
    return `${startupId}@drills.citymatch.example`;
  }

  async setUp(): Promise<void> {
    await this.ctx.api.createOrganisation(this.orgId);
  }

  async registerStartup(): Promise<void> {
    const id = `${this.tag}-s${++this.#startupSeq}`;
    this.startups.set(id, false);
    const ok = await this.ctx.api.registerStartup(id, this.tag, this.email(id));
    this.startups.set(id, ok);
    if (!ok) this.rejectedWrites++;
  }

  async publishChallenge(): Promise<void> {
    const title = `Drill ${this.tag} challenge ${++this.#challengeSeq}`;
    const id = await this.ctx.api.publishChallenge(this.orgId, this.tag, title);
    if (id) this.challenges.set(id, true);
    else this.rejectedWrites++;
  }

  /**
   * `challenges` publishes and `startups` registrations, interleaved and spread over
   * `spreadMs` (a few at once), as concurrent users would make them.
   */
  async traffic(opts: { challenges: number; startups: number; spreadMs: number }): Promise<void> {
    const kinds: ('c' | 's')[] = [];
    for (let i = 0; i < opts.startups; i++) kinds.push('s');
    const every = Math.max(1, Math.floor(kinds.length / Math.max(1, opts.challenges)));
    for (let i = 0; i < opts.challenges; i++)
      kinds.splice(Math.min(kinds.length, i * every), 0, 'c');
    const gap = opts.spreadMs / Math.max(1, kinds.length);
    const t0 = Date.now();
    await pooled(
      8,
      kinds.map((k, i) => async () => {
        const wait = t0 + i * gap - Date.now();
        if (wait > 0) await sleep(wait);
        if (k === 'c') await this.publishChallenge();
        else await this.registerStartup();
      }),
    );
  }

  accepted(): { startups: string[]; challenges: string[] } {
    return {
      startups: [...this.startups].filter(([, ok]) => ok).map(([id]) => id),
      challenges: [...this.challenges].filter(([, ok]) => ok).map(([id]) => id),
    };
  }
}
