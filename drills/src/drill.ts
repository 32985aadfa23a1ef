import type { DrillContext } from './drill-context.js';
import { type DrillCounts, type DrillVerdict, judge, settle } from './drill-ledger.js';
import { DrillScope } from './drill-scope.js';
import { sleep } from './wait-for.js';

export interface DrillResult {
  name: string;
  title: string;
  counts: DrillCounts;
  verdict: DrillVerdict;
  /** What the fault did and what was seen while it lasted. */
  notes: string[];
  seconds: number;
  /** When it ran (set when the note is written). */
  ranAt?: string;
}

export interface Drill {
  name: string;
  title: string;
  run(ctx: DrillContext): Promise<DrillResult>;
}

export interface TrafficDrillOptions {
  name: string;
  title: string;
  challenges?: number;
  startups?: number;
  spreadMs?: number;
  /** When the fault starts, from the start of the traffic. */
  faultAtMs?: number;
  /** The fault; returns notes for the report. Runs while the traffic goes on. */
  fault(ctx: DrillContext, scope: DrillScope): Promise<string[]>;
  /** Checks of its own after the counts (poison parked, duplicates consumed...). */
  after?(ctx: DrillContext, scope: DrillScope, notes: string[], problems: string[]): Promise<void>;
  settleTimeoutMs?: number;
  /**
   * Expected emails this drill's fault may leave unsent by design, with why (a SIGKILL during an
   * SMTP send leaves the delivery `unconfirmed` and never resends it: at most one email per
   * match). They are reported in the notes, not counted as lost.
   */
  excusedEmails?(counts: DrillCounts): { count: number; why: string };
}

/** A drill made of traffic through the APIs with a fault in the middle, then the counts. */
export function trafficDrill(o: TrafficDrillOptions): Drill {
  return {
    name: o.name,
    title: o.title,
    async run(ctx) {
      const t0 = Date.now();
      const scope = new DrillScope(ctx, o.name);
      await scope.setUp();
      const traffic = scope.traffic({
        challenges: o.challenges ?? 2,
        startups: o.startups ?? 20,
        spreadMs: o.spreadMs ?? 12_000,
      });
      const fault = (async () => {
        await sleep(o.faultAtMs ?? 3_000);
        return o.fault(ctx, scope);
      })();
      const [, notes] = await Promise.all([traffic, fault]);
      ctx.log(
        `  traffic and fault done after ${Math.round((Date.now() - t0) / 1000)} s (${scope.rejectedWrites} writes refused); counting`,
      );
      const counts = await settle(ctx, scope, { timeoutMs: o.settleTimeoutMs ?? 240_000 });
      const excused = o.excusedEmails?.(counts) ?? { count: 0, why: '' };
      const verdict = judge({ ...counts, emailsExpected: counts.emailsExpected - excused.count });
      if (excused.count > 0)
        notes.push(`${excused.count} expected email(s) not sent: ${excused.why}`);
      await o.after?.(ctx, scope, notes, verdict.problems);
      if (verdict.problems.length > 0) verdict.problems.push(...(await ctx.system.unready()));
      return {
        name: o.name,
        title: o.title,
        counts,
        verdict,
        notes,
        seconds: Math.round((Date.now() - t0) / 1000),
      };
    },
  };
}
