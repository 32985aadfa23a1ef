import { Partitioners } from 'kafkajs';
import type { Drill } from '../drill.js';
import { judge, settle } from '../drill-ledger.js';
import { DrillScope } from '../drill-scope.js';
import { waitDrained } from '../lag.js';

const COPIES = Number(process.env.DRILLS_DUPLICATES ?? 10_000);

/** 7. 10,000 duplicate deliveries of the same events (registrations, publishes, match.found). */
export const duplicateDeliveries: Drill = {
  name: 'duplicates',
  title: `${COPIES.toLocaleString('en')} duplicate deliveries of the same events`,
  async run(ctx) {
    const t0 = Date.now();
    const scope = new DrillScope(ctx, 'duplicates');
    await scope.setUp();
    await scope.traffic({ challenges: 1, startups: 20, spreadMs: 3_000 });
    const before = await settle(ctx, scope, { quietMs: 1_000 });
    const { topics } = ctx.system.names;
    const prefix = `${scope.tag}-`;
    const originals = [
      ...ctx.census
        .messages(topics.startups)
        .filter((m) => m.type === 'startup.registered' && m.key?.startsWith(prefix)),
      ...ctx.census
        .messages(topics.challenges)
        .filter(
          (m) => m.type === 'challenge.published' && String(m.data?.title).includes(scope.tag),
        ),
      ...ctx.census
        .messages(topics.matching)
        .filter((m) => m.type === 'match.found' && String(m.data?.matchId).includes(`:${prefix}`)),
    ];
    const producer = ctx.census.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    const sent0 = Date.now();
    for (let sent = 0; sent < COPIES; ) {
      const batch = new Map<
        string,
        { key: Buffer | null; value: Buffer | null; headers: Record<string, string> }[]
      >();
      for (let i = 0; i < 500 && sent < COPIES; i++, sent++) {
        const m = originals[sent % originals.length];
        if (!m) break;
        const list = batch.get(m.topic) ?? [];
        list.push(m.raw);
        batch.set(m.topic, list);
      }
      await producer.sendBatch({
        topicMessages: [...batch].map(([topic, messages]) => ({ topic, messages })),
      });
    }
    await producer.disconnect();
    const lagLeft = await waitDrained(ctx, 180_000);
    const consumedIn = Math.round((Date.now() - sent0) / 1000);
    const counts = await settle(ctx, scope, { timeoutMs: 30_000 });
    const verdict = judge(counts);
    const notes = [
      `${COPIES} copies of ${originals.length} events sent to the topics; consumed (lag 0) ${consumedIn} s after the first`,
      `before the copies: ${before.emailsSent} emails for ${before.expectedMatches} matches; after: ${counts.emailsSent} (+${counts.emailsDuplicated} duplicates)`,
    ];
    if (lagLeft > 0) {
      verdict.problems.push(`${lagLeft} message(s) still unconsumed after 180 s`);
    }
    if (counts.kafkaCopies < COPIES) {
      verdict.problems.push(`only ${counts.kafkaCopies} of ${COPIES} copies counted on Kafka`);
    }
    if (counts.shortlisted !== before.shortlisted) {
      verdict.problems.push(
        `shortlists changed from ${before.shortlisted} to ${counts.shortlisted} entries`,
      );
    }
    return {
      name: this.name,
      title: this.title,
      counts,
      verdict,
      notes,
      seconds: Math.round((Date.now() - t0) / 1000),
    };
  },
};
