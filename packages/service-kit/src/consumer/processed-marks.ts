import type { Redis } from 'ioredis';

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
    const pipeline = this.redis.multi();
    for (const key of this.#keys(eventId, businessKey))
      pipeline.set(key, '1', 'EX', this.ttlSeconds);
    const results = await pipeline.exec();
    const failed = results?.find(([err]) => err);
    if (failed) throw failed[0];
  }
}
