import type { Redis } from 'ioredis';

/** SET key 1 EX ttl for every key, atomically. */
const SET_ALL = `for _, key in ipairs(KEYS) do redis.call('SET', key, '1', 'EX', ARGV[1]) end`;

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

  /** `seen` for many events in one round trip (one MGET), in their order. */
  async seenMany(events: readonly MarkedEvent[]): Promise<boolean[]> {
    if (events.length === 0) return [];
    const keys: string[] = [];
    for (const e of events) keys.push(...this.#keys(e.eventId, e.businessKey));
    const values = await this.redis.mget(keys);
    let at = 0;
    return events.map((e) => {
      const byId = values[at++] !== null;
      const byKey = e.businessKey ? values[at++] !== null : false;
      return byId || byKey;
    });
  }

  /** `mark` for many events in one round trip (one script: all or none). */
  async markMany(events: readonly MarkedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const keys = events.flatMap((e) => this.#keys(e.eventId, e.businessKey));
    await this.redis.eval(SET_ALL, keys.length, ...keys, this.ttlSeconds);
  }
}
