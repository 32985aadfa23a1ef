import type { FastifyBaseLogger as Logger } from 'fastify';
import type { DeliveryStore } from '../store/delivery-store.js';
import type { SendDelivery } from './send-delivery.js';

export interface DeliveryWorkerOptions {
  deliveries: DeliveryStore;
  send: SendDelivery;
  clock: () => Date;
  log: Logger;
  /** Emails in flight at once (match it to the SMTP pool size). */
  concurrency: number;
  /** Longest idle sleep between looks at the queue. */
  pollMs: number;
  /**
   * How often the store itself is searched: for due deliveries this worker was not told of
   * (another replica's after it crashed, this one's before a restart) and for sends a crashed
   * process left in `sending`.
   */
  scanMs: number;
  /** How long a stop waits for sends in flight before leaving them (they stay 'sending'). */
  drainMs?: number;
}

/**
 * The loop that sends due deliveries (see send-delivery.ts for one try and the crash rule).
 *
 * It works from a queue in memory, fed by `schedule()`: the consumer schedules each record it
 * creates, a try that must come back later (a retry, a startup still unknown) schedules itself,
 * and so the sending path only ever touches records by `_id`. Searching the store by state
 * was a full collection scan on upstream FerretDB (~1 s per 3,000 records; our build reads the
 * records in the wanted states through the index), so it is the slow path: every
 * `scanMs`, and once at start. Several replicas may run it: a record is claimed by
 * compare-and-set under its lock, so a record two workers know of is still sent once.
 */
export class DeliveryWorker {
  readonly #o: DeliveryWorkerOptions;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #nudged = false;
  #nextScanAt = 0;
  #scanning: Promise<void> | undefined;
  /** Delivery id → when it is due (epoch ms, by the worker's clock). */
  readonly #queue = new Map<string, number>();
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(opts: DeliveryWorkerOptions) {
    this.#o = opts;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#nextScanAt = 0;
    this.#loop = this.#run();
  }

  /** Look at delivery `id` at `at` (default now); an earlier time already queued wins. */
  schedule(id: string, at: Date = this.#o.clock()): void {
    const due = at.getTime();
    const queued = this.#queue.get(id);
    if (queued === undefined || due < queued) this.#queue.set(id, due);
    if (due <= this.#o.clock().getTime()) this.notify();
  }

  /** Search the store at the next round rather than at the next scan interval. */
  scanSoon(): void {
    this.#nextScanAt = 0;
    this.notify();
  }

  /** Something became due: look now rather than at the next poll. */
  notify(): void {
    this.#nudged = true;
    this.#wake?.();
  }

  /** Stop taking work; wait up to `drainMs` for sends (and a scan) in flight. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([...this.#inFlight.values(), this.#scanning]),
      new Promise((r) => {
        timer = setTimeout(r, this.#o.drainMs ?? 10_000);
      }),
    ]);
    clearTimeout(timer);
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let started = 0;
      try {
        if (Date.now() >= this.#nextScanAt && !this.#scanning) {
          this.#nextScanAt = Date.now() + this.#o.scanMs;
          // beside the sends, never before them: a scan can take seconds on a big store
          this.#scanning = this.#scan()
            .catch((err) => this.#o.log.warn({ err }, 'delivery worker: scan failed; will retry'))
            .finally(() => {
              this.#scanning = undefined;
              this.notify();
            });
        }
        started = this.#startDue();
      } catch (err) {
        this.#o.log.warn({ err }, 'delivery worker: round failed; will retry');
      }
      if (started === 0 && !this.#nudged) await this.#sleep(this.#idleMs());
      else if (this.#inFlight.size >= this.#o.concurrency)
        await Promise.race(this.#inFlight.values());
      this.#nudged = false;
    }
  }

  /** The slow path: what the store holds that the queue may not (see the class comment). */
  async #scan(): Promise<void> {
    await this.#o.send.recoverStale();
    const now = this.#o.clock();
    for (const id of await this.#o.deliveries.due(now, 1000)) {
      if (!this.#inFlight.has(id)) this.schedule(id, now);
    }
  }

  /** Until the next queued delivery is due or the next scan, at most `pollMs`. */
  #idleMs(): number {
    const now = this.#o.clock().getTime();
    let wait = Math.min(this.#o.pollMs, this.#nextScanAt - Date.now());
    for (const due of this.#queue.values()) wait = Math.min(wait, due - now);
    return Math.max(wait, 1);
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  /** Start the due deliveries, oldest first, as far as there is room. */
  #startDue(): number {
    const free = this.#o.concurrency - this.#inFlight.size;
    if (free <= 0) return 0;
    const now = this.#o.clock().getTime();
    const ids = [...this.#queue]
      .filter(([id, due]) => due <= now && !this.#inFlight.has(id))
      .sort((a, b) => a[1] - b[1])
      .slice(0, free)
      .map(([id]) => id);
    for (const id of ids) {
      this.#queue.delete(id);
      const p = this.#o.send
        .run(id)
        .then((next) => {
          if (next) this.schedule(id, next);
        })
        .catch((err) => {
          this.#o.log.error({ err, deliveryId: id }, 'delivery failed to run');
          this.schedule(id, new Date(this.#o.clock().getTime() + this.#o.pollMs));
        })
        .finally(() => {
          this.#inFlight.delete(id);
          this.notify();
        });
      this.#inFlight.set(id, p);
    }
    return ids.length;
  }
}
