import type { DrillContext } from './drill-context.js';
import type { DrillScope } from './drill-scope.js';
import { sleep } from './wait-for.js';

/** The figures of one drill, as docs/reliability.md shows them. */
export interface DrillCounts {
  /** Writes the API accepted (startup registrations + challenge publishes). */
  written: number;
  /** Writes the API refused or that timed out (the client knows they did not land). */
  rejected: number;
  /** Distinct event ids of the drill's writes on Kafka. */
  onKafka: number;
  /** Accepted writes whose event is not on Kafka. */
  writesNotOnKafka: number;
  /** Extra copies on Kafka of an event id already there (redelivered, injected). */
  kafkaCopies: number;
  /** Pairs (challenge, startup) that should match: every published challenge × startup. */
  expectedMatches: number;
  /** Distinct match.found pairs on Kafka. */
  matchFound: number;
  /** Pairs on the shortlists (the matching effect). */
  shortlisted: number;
  /** Delivery records (the notifications effect), by state. */
  deliveries: Record<string, number>;
  /** Delivery records that took more than one try to send. */
  retried: number;
  emailsExpected: number;
  /** Pairs with at least one email at the SMTP server. */
  emailsSent: number;
  /** Emails beyond the first of a pair. */
  emailsDuplicated: number;
}

export interface DrillVerdict {
  lost: number;
  duplicated: number;
  /** Which count is off, in words; empty when the drill passed. */
  problems: string[];
}

const pairKey = (c: string, s: string) => `${c}:${s}`;

/** Counts what the drill's writes became at every step: Kafka, effects, emails. */
export async function countDrill(ctx: DrillContext, scope: DrillScope): Promise<DrillCounts> {
  const { census, system } = ctx;
  const { topics } = system.names;
  const accepted = scope.accepted();
  const prefix = `${scope.tag}-`;

  const startupEvents = census
    .messages(topics.startups)
    .filter((m) => m.type === 'startup.registered' && m.key?.startsWith(prefix));
  const challengeEvents = census
    .messages(topics.challenges)
    .filter(
      (m) => m.type === 'challenge.published' && (m.data?.title as string)?.includes(scope.tag),
    );
  const matchEvents = census
    .messages(topics.matching)
    .filter(
      (m) => m.type === 'match.found' && String(m.data?.matchId ?? '').includes(`:${prefix}`),
    );
  const ids = (ms: { id: string | undefined }[]) => new Set(ms.map((m) => m.id));
  const distinct = ids(startupEvents).size + ids(challengeEvents).size;
  const copies =
    startupEvents.length +
    challengeEvents.length +
    matchEvents.length -
    distinct -
    ids(matchEvents).size;

  const startupsOnKafka = [...new Set(startupEvents.map((m) => m.key as string))];
  const challengesOnKafka = [...new Set(challengeEvents.map((m) => m.key as string))];
  const pairs = new Set<string>();
  for (const c of challengesOnKafka) for (const s of startupsOnKafka) pairs.add(pairKey(c, s));
  const found = new Set(matchEvents.map((m) => String(m.data?.matchId)));

  let shortlisted = 0;
  for (const c of challengesOnKafka) {
    const entries = await ctx.api.shortlist(scope.orgId, c);
    shortlisted += entries.filter((s) => pairs.has(pairKey(c, s))).length;
  }

  const deliveries: Record<string, number> = {};
  let retried = 0;
  try {
    const col = ctx.mongo.db(system.names.databases.notifications).collection('deliveries');
    const docs = await col
      .find({ _id: { $in: [...pairs] as never[] } }, { projection: { state: 1, attempts: 1 } })
      .maxTimeMS(20_000)
      .toArray();
    for (const d of docs) {
      deliveries[String(d.state)] = (deliveries[String(d.state)] ?? 0) + 1;
      if (Number(d.attempts) > 1) retried++;
    }
  } catch {
    deliveries.unreadable = pairs.size;
  }

  let emailsSent = 0;
  let emailsDuplicated = 0;
  try {
    const perMatch = await ctx.mailpit.emailsPerMatch(scope.tag);
    for (const [k, { count }] of perMatch) {
      if (!pairs.has(k)) continue;
      emailsSent++;
      emailsDuplicated += count - 1;
    }
  } catch {
    emailsSent = -1;
  }

  const onKafka = new Set([...startupsOnKafka, ...challengesOnKafka]);
  const writesNotOnKafka = [...accepted.startups, ...accepted.challenges].filter(
    (id) => !onKafka.has(id),
  ).length;

  return {
    written: accepted.startups.length + accepted.challenges.length,
    writesNotOnKafka,
    rejected: scope.rejectedWrites,
    onKafka: distinct,
    kafkaCopies: copies,
    expectedMatches: pairs.size,
    matchFound: [...found].filter((k) => pairs.has(k)).length,
    shortlisted,
    deliveries,
    retried,
    emailsExpected: pairs.size,
    emailsSent,
    emailsDuplicated,
  };
}

/** Lost and duplicated, and which count says so. */
export function judge(c: DrillCounts): DrillVerdict {
  const problems: string[] = [];
  let lost = 0;
  let duplicated = 0;
  const missing = (n: number, what: string) => {
    if (n > 0) {
      problems.push(`${n} ${what}`);
      lost += n;
    }
  };
  missing(c.writesNotOnKafka, 'accepted write(s) whose event never reached Kafka');
  missing(c.expectedMatches - c.matchFound, 'expected match(es) without match.found on Kafka');
  missing(c.expectedMatches - c.shortlisted, 'expected match(es) missing from the shortlists');
  if (c.emailsSent < 0) problems.push('Mailpit could not be read');
  else {
    const states = Object.entries(c.deliveries)
      .filter(([state]) => state !== 'sent')
      .map(([state, n]) => `${state} ${n}`);
    const recorded = Object.values(c.deliveries).reduce((a, b) => a + b, 0);
    if (recorded < c.expectedMatches) states.push(`no record ${c.expectedMatches - recorded}`);
    missing(
      c.emailsExpected - c.emailsSent,
      `expected email(s) not at the SMTP server when counted (their deliveries: ${states.join(', ') || 'sent'})`,
    );
  }
  if (c.emailsDuplicated > 0) {
    duplicated += c.emailsDuplicated;
    problems.push(`${c.emailsDuplicated} duplicate email(s) (same match sent more than once)`);
  }
  if (c.expectedMatches === 0) problems.push('no matches were expected: the drill made no traffic');
  return { lost, duplicated, problems };
}

/**
 * Count until every expected match has its shortlist entry and its email or an `unconfirmed`
 * delivery (or `timeoutMs` passes), then wait `quietMs` more so a late duplicate would show, and
 * count once more. The verdict (`judge`) still counts a missing email as lost unless the drill
 * excuses it.
 */
export async function settle(
  ctx: DrillContext,
  scope: DrillScope,
  opts: { timeoutMs?: number; quietMs?: number } = {},
): Promise<DrillCounts> {
  const deadline = Date.now() + (opts.timeoutMs ?? 240_000);
  let last: DrillCounts | undefined;
  let shown = Date.now();
  while (Date.now() < deadline) {
    const caughtUp = await ctx.census.caughtUp();
    last = await countDrill(ctx, scope).catch(() => last);
    if (Date.now() - shown > 20_000 && last) {
      shown = Date.now();
      ctx.log(
        `  …census ${caughtUp ? 'caught up' : 'behind'}, on Kafka ${last.onKafka}/${last.written}, match.found ${last.matchFound}, shortlisted ${last.shortlisted}, emails ${last.emailsSent} of ${last.expectedMatches}`,
      );
    }
    if (
      caughtUp &&
      last &&
      last.expectedMatches > 0 &&
      last.onKafka >= last.written &&
      last.shortlisted === last.expectedMatches &&
      last.matchFound === last.expectedMatches &&
      // a delivery in a final state other than sent (unconfirmed: its send cut by a SIGKILL)
      // will not send later: waiting longer changes nothing
      last.emailsSent + (last.deliveries['unconfirmed'] ?? 0) >= last.emailsExpected
    )
      break;
    await sleep(2_000);
  }
  await sleep(opts.quietMs ?? 5_000);
  await waitCaughtUp(ctx, 30_000);
  return countDrill(ctx, scope);
}

async function waitCaughtUp(ctx: DrillContext, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !(await ctx.census.caughtUp())) await sleep(500);
}
