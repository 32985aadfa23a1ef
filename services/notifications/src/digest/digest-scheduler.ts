import type { FastifyBaseLogger as Logger } from 'fastify';
import { suppressedEvents } from '../delivery/delivery-events.js';
import { digestMessageId } from '../domain/message-ids.js';
import { previousDay, utcDay } from '../domain/utc-day.js';
import type { ClosedChallenges } from '../store/closed-challenges.js';
import type { DeliveryRecord } from '../store/delivery-record.js';
import type { DeliveryStore } from '../store/delivery-store.js';

export interface DigestSchedulerOptions {
  deliveries: DeliveryStore;
  closedChallenges: ClosedChallenges;
  log: Logger;
  clock: () => Date;
  intervalMs: number;
  mailDomain: string;
  /** Digest delivery `id` was created: hand it to the sender. */
  created: (id: string) => void;
}

/**
 * The daily digest. Matches of `daily_digest` startups wait in `queued_for_digest` with the UTC
 * day they arrived. Once a day is over, `runDigest(now)` gathers each startup's waiting matches
 * into ONE digest delivery whose `_id` is `digest:<startupId>:<yesterday>`: running it again
 * (every `intervalMs`, on every replica, after a crash) finds that record and adds nothing, so a
 * startup gets at most one digest a day. The digest is then sent like any delivery (retries,
 * Message-ID fixed in advance, notification.sent with channel `digest` for each match).
 */
export class DigestScheduler {
  readonly #o: DigestSchedulerOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;

  constructor(opts: DigestSchedulerOptions) {
    this.#o = opts;
  }

  start(): void {
    this.#timer = setInterval(() => void this.#tick(), this.#o.intervalMs);
    this.#timer.unref();
    void this.#tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running?.catch(() => 0);
  }

  async #tick(): Promise<void> {
    try {
      await this.runDigest(this.#o.clock());
    } catch (err) {
      this.#o.log.warn({ err }, 'digest run failed; the next run retries');
    }
  }

  /** Build the digests due at `now` (for days before now's UTC day). Returns how many were new. */
  runDigest(now: Date): Promise<number> {
    const run = (this.#running ?? Promise.resolve(0)).catch(() => 0).then(() => this.#run(now));
    this.#running = run;
    return run;
  }

  async #run(now: Date): Promise<number> {
    const { deliveries } = this.#o;
    const today = utcDay(now);
    const day = previousDay(today);
    const queued = { state: 'queued_for_digest', day: { $lt: today } };
    const waiting = await this.#dropClosed(await deliveries.find(queued, 5000), now);
    const byStartup = new Map<string, DeliveryRecord[]>();
    for (const r of waiting) byStartup.set(r.startupId, [...(byStartup.get(r.startupId) ?? []), r]);
    let created = 0;
    for (const [startupId, records] of byStartup) {
      const digestId = `digest:${startupId}:${day}`;
      const fresh = await deliveries.create({
        _id: digestId,
        kind: 'digest',
        startupId,
        state: 'pending',
        messageId: digestMessageId(startupId, day, this.#o.mailDomain),
        matches: records.flatMap((r) => r.matches),
        day,
        attempts: 0,
        nextAttemptAt: new Date(0),
        createdAt: now,
        updatedAt: now,
      });
      // An existing digest keeps the list it was made with; only the matches it lists are
      // marked (a crash after creating it and before marking them is finished here).
      const listed = fresh ? records : await this.#listedIn(digestId, records);
      for (const r of listed) {
        await deliveries.locked(r._id, () =>
          deliveries.transition(r._id, 'queued_for_digest', { state: 'in_digest', digestId }),
        );
      }
      if (fresh) {
        created++;
        this.#o.created(digestId);
      }
    }
    if (created > 0) {
      this.#o.log.info({ created, day }, 'daily digests created');
    }
    return created;
  }

  /** Matches of challenges closed while they waited are suppressed, not listed. */
  async #dropClosed(records: DeliveryRecord[], now: Date): Promise<DeliveryRecord[]> {
    const { deliveries, closedChallenges } = this.#o;
    const closed = await closedChallenges.closedAmong(
      records.map((r) => r.matches[0]?.challengeId ?? ''),
    );
    const open: DeliveryRecord[] = [];
    for (const r of records) {
      if (!closed.has(r.matches[0]?.challengeId ?? '')) {
        open.push(r);
        continue;
      }
      await deliveries.locked(r._id, () =>
        deliveries.transition(
          r._id,
          'queued_for_digest',
          { state: 'suppressed', lastError: 'challenge_closed' },
          suppressedEvents(r, 'challenge_closed', now),
        ),
      );
    }
    return open;
  }

  async #listedIn(digestId: string, records: DeliveryRecord[]): Promise<DeliveryRecord[]> {
    const digest = await this.#o.deliveries.get(digestId);
    const ids = new Set(digest?.matches.map((m) => m.matchId));
    return records.filter((r) => ids.has(r._id));
  }
}
