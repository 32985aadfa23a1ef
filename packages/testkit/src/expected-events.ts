import { decodeEvent, type EventEnvelope } from '@citymatch/events';
import { readTopic, waitUntil } from './watch-topic.js';

interface Asserts {
  equal(found: unknown, wanted: unknown, message: string): unknown;
  same(found: unknown, wanted: unknown, message: string): unknown;
}

/** The aggregate collection whose outbox feeds the topic (a mongodb/mongoose collection). */
interface OutboxCollection {
  countDocuments(filter: Record<string, unknown>): Promise<number>;
}

/**
 * The events that accepted writes must have put on a topic, counted per aggregate. `check` waits
 * until the aggregates' outbox drained, reads the whole topic from its start and compares: one
 * event per accepted event-causing write, none for anything refused.
 */
export class ExpectedEvents {
  readonly #perAggregate = new Map<string, number>();

  constructor(private readonly aggregateIdOf: (event: EventEnvelope) => string) {}

  /** An accepted write of this aggregate that causes one event. */
  add(aggregateId: string): void {
    this.#perAggregate.set(aggregateId, (this.#perAggregate.get(aggregateId) ?? 0) + 1);
  }

  async check(t: Asserts, topic: string, outbox: OutboxCollection): Promise<void> {
    await waitUntil(async () => (await outbox.countDocuments({ outboxPending: true })) === 0, {
      timeoutMs: 60_000,
      what: () => 'the outbox drained',
    });
    const seen = (await readTopic(topic)).map((m) => decodeEvent(m));
    const total = [...this.#perAggregate.values()].reduce((a, b) => a + b, 0);
    t.equal(seen.length, total, `${total} events, one per accepted event-causing write`);
    const onTopic = new Map<string, number>();
    for (const e of seen)
      onTopic.set(this.aggregateIdOf(e), (onTopic.get(this.aggregateIdOf(e)) ?? 0) + 1);
    t.same(
      Object.fromEntries(onTopic),
      Object.fromEntries(this.#perAggregate),
      'events per aggregate',
    );
  }
}
