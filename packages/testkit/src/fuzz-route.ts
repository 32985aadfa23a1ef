import type { FuzzPayload } from './fuzz-bodies.js';

/** What the fuzz loop needs of an `app.inject` answer. */
export interface InjectedAnswer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

export interface FuzzOutcome {
  /** Bodies sent (fewer than given when the time budget ran out). */
  sent: number;
  /** 2xx answers. */
  accepted: number;
  /** 4xx answers (each checked to be problem+json with a code). */
  refused: number;
  byStatus: Record<number, number>;
  /** Answers that broke a rule: a 5xx, a 4xx that is not problem+json, anything else. */
  failures: string[];
  ms: number;
}

/** Why an answer breaks the fuzz rules, or null: no 5xx; every 4xx is problem+json with a code. */
export function fuzzAnswerProblem(res: InjectedAnswer): string | null {
  if (res.statusCode >= 500) return `${res.statusCode}: ${res.body.slice(0, 200)}`;
  if (res.statusCode >= 400) {
    const type = String(res.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) return `${res.statusCode} as ${type}`;
    try {
      const problem = JSON.parse(res.body) as { code?: unknown; status?: unknown };
      if (typeof problem.code !== 'string') return `${res.statusCode} problem without a code`;
      if (problem.status !== res.statusCode)
        return `${res.statusCode} problem says ${problem.status}`;
    } catch {
      return `${res.statusCode} problem+json that is not JSON`;
    }
    return null;
  }
  if (res.statusCode >= 200 && res.statusCode < 300) return null;
  return `unexpected ${res.statusCode}`;
}

/**
 * Send every payload through `send` and check each answer; `onAccepted` sees every 2xx (to track
 * ids, ETags). Bounded by a time budget so that a loaded CI machine still finishes: the outcome
 * says how many were sent.
 */
export async function fuzzRoute(
  payloads: readonly FuzzPayload[],
  send: (p: FuzzPayload, i: number) => Promise<InjectedAnswer>,
  opts: {
    onAccepted?: (res: InjectedAnswer, p: FuzzPayload) => void;
    /** Requests in flight (default 1; only for routes whose state accepted bodies do not move). */
    concurrency?: number;
    /** Stop sending after this long (default FUZZ_BUDGET_MS, else 60 s): CI stays bounded. */
    budgetMs?: number;
  } = {},
): Promise<FuzzOutcome> {
  const started = Date.now();
  const budget = opts.budgetMs ?? Number(process.env['FUZZ_BUDGET_MS'] ?? 60_000);
  const out: FuzzOutcome = { sent: 0, accepted: 0, refused: 0, byStatus: {}, failures: [], ms: 0 };
  let next = 0;
  const worker = async () => {
    while (next < payloads.length && Date.now() - started < budget) {
      const i = next++;
      out.sent++;
      const p = payloads[i]!;
      const res = await send(p, i);
      out.byStatus[res.statusCode] = (out.byStatus[res.statusCode] ?? 0) + 1;
      const problem = fuzzAnswerProblem(res);
      if (problem) {
        const shown =
          p.kind === 'raw' ? String(p.body).slice(0, 120) : JSON.stringify(p.body)?.slice(0, 120);
        out.failures.push(`#${i} ${p.kind} ${shown}: ${problem}`);
      } else if (res.statusCode < 300) {
        out.accepted++;
        opts.onAccepted?.(res, p);
      } else out.refused++;
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 1 }, worker));
  out.ms = Date.now() - started;
  return out;
}

interface Asserts {
  comment(...args: unknown[]): void;
  same(found: unknown, wanted: unknown, message: string): unknown;
  ok(value: unknown, message: string): unknown;
}

/** Assert a route's fuzz outcome: no rule broken, most bodies refused; say how it went. */
export function checkFuzzOutcome(t: Asserts, name: string, o: FuzzOutcome): void {
  t.comment(
    `${name}: ${o.sent} bodies in ${o.ms} ms, ${o.accepted} accepted, ${o.refused} refused ${JSON.stringify(o.byStatus)}`,
  );
  t.same(o.failures.slice(0, 20), [], `${name}: no 5xx, every 4xx problem+json with a code`);
  t.ok(o.refused >= o.sent * 0.8, `${name}: most bodies refused (${o.refused} of ${o.sent})`);
}
