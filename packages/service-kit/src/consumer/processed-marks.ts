import type { Redis } from 'ioredis';

export interface MarkedEvent {
  eventId: string;
  businessKey?: string | undefined;
}

/**
 * Marks of what a consumer group has already done, in Redis: one per event id and one per
 * business key (e.g. `match:<challengeId>:<startupId>`). Written right after the effect and
 * before the offset commit, so a redelivery after a crash finds them and is dropped.
 */
export class ProcessedMarks {
  constructor(
    private readonly redis: Redis,
    private readonly group: string,
    private readonly ttlSeconds = 14 * 24 * 3600,
  ) {}

  #keys(eventId: string, businessKey: string | undefined): string[] {
    const keys = [`cm:done:${this.group}:id:${eventId}`];
    if (businessKey) keys.push(`cm:done:${this.group}:bk:${businessKey}`);
    return keys;
  }

  /** True when this event, or another event with the same business key, was already done. */
  async seen(eventId: string, businessKey?: string): Promise<boolean> {
    const found = await this.redis.exists(...this.#keys(eventId, businessKey));
    return found > 0;
  }

  async mark(eventId: string, businessKey?: string): Promise<void> {
    await this.markMany([{ eventId, businessKey }]);
  }

  /** `seen` for many events in one round trip, in their order. */
  async seenMany(events: readonly MarkedEvent[]): Promise<boolean[]> {
    if (events.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const e of events) pipeline.exists(...this.#keys(e.eventId, e.businessKey));
    return (await this.#exec(pipeline)).map((found) => Number(found) > 0);
  }

  /** `mark` for many events in one round trip (one MULTI: all or none). */
  async markMany(events: readonly MarkedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const multi = this.redis.multi();
    for (const e of events) {
      for (const key of this.#keys(e.eventId, e.businessKey))
        multi.set(key, '1', 'EX', this.ttlSeconds);
    }
    await this.#exec(multi);
  }

  async #exec(pipeline: ReturnType<Redis['pipeline']>): Promise<unknown[]> {
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([err]) => err);
    if (failed) throw failed[0];
    return results.map(([, value]) => value);
  }
}
