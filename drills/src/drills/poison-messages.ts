import { randomUUID } from 'node:crypto';
import { Partitioners } from 'kafkajs';
import { trafficDrill } from '../drill.js';
import { waitDrained } from '../lag.js';
import { sleep } from '../wait-for.js';

const POISON = 30;

/** Three kinds of message no consumer can take: not JSON, no CloudEvents headers, bad data. */
function poison(i: number, tag: string) {
  const key = `poison-${tag}-${i}`;
  const ce = (type: string) => ({
    ce_specversion: '1.0',
    ce_id: randomUUID(),
    ce_source: '/drills/poison',
    ce_type: type,
    ce_time: new Date().toISOString(),
    ce_subject: key,
    'content-type': 'application/json',
  });
  const types = ['startup.registered', 'challenge.published', 'match.found'];
  const type = types[i % 3] as string;
  switch (Math.floor(i / 3) % 3) {
    case 0:
      return { type, key, value: Buffer.from('{"not": json'), headers: ce(type) };
    case 1:
      return { type, key, value: Buffer.from('{}'), headers: {} };
    default:
      return { type, key, value: Buffer.from('{"foo":1}'), headers: ce(type) };
  }
}

/** 8. Poison messages mixed into the streams the services consume. */
export const poisonMessages = trafficDrill({
  name: 'poison',
  title: 'Poison messages mixed into the streams',
  spreadMs: 12_000,
  faultAtMs: 1_000,
  async fault(ctx, scope) {
    const { topics } = ctx.system.names;
    const topicOf: Record<string, string> = {
      'startup.registered': topics.startups,
      'challenge.published': topics.challenges,
      'match.found': topics.matching,
    };
    const producer = ctx.census.kafka.producer({
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    for (let i = 0; i < POISON; i++) {
      const p = poison(i, scope.tag);
      await producer.send({
        topic: topicOf[p.type] as string,
        messages: [{ key: p.key, value: p.value, headers: p.headers }],
      });
      await sleep(300);
    }
    await producer.disconnect();
    return [`${POISON} poison messages (bad JSON, no headers, bad data) sent among the writes`];
  },
  async after(ctx, scope, notes, problems) {
    const left = await waitDrained(ctx, 60_000);
    if (left > 0) problems.push(`${left} message(s) unconsumed: a consumer is stuck`);
    const { topics } = ctx.system.names;
    const prefix = `poison-${scope.tag}-`;
    const parked = new Set(
      [topics.startups, topics.challenges, topics.matching].flatMap((t) =>
        ctx.census
          .messages(`${t}.dlq`)
          .filter((m) => m.key?.startsWith(prefix))
          .map((m) => m.key),
      ),
    );
    notes.push(
      `${parked.size} of ${POISON} poison messages parked in a .dlq topic; every consumer went on`,
    );
    if (parked.size < POISON) problems.push(`${POISON - parked.size} poison message(s) not parked`);
  },
});
