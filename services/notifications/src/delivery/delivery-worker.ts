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
  pollMs: number;
  /** How long a stop waits for sends in flight before leaving them (they stay 'sending'). */
  drainMs?: number;
}

/**
 * The loop that sends due deliveries (see send-delivery.ts for one try and the crash rule):
 * polls for due records, wakes early on `notify()`, keeps up to `concurrency` sends in flight,
 * and each round first resolves records a crashed process left in `sending`. Several replicas
 * may run it: a record is claimed by compare-and-set under its lock.
 */
export class DeliveryWorker {
  readonly #o: DeliveryWorkerOptions;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #nudged = false;
  readonly #inFlight = new Map<string, Promise<void>>();

  constructor(opts: DeliveryWorkerOptions) {
    this.#o = opts;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** A delivery became due: look now rather than at the next poll. */
  notify(): void {
    this.#nudged = true;
    this.#wake?.();
  }

  /** Stop taking work; wait up to `drainMs` for sends in flight. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(this.#inFlight.values()),
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
        await this.#o.send.recoverStale();
        started = await this.#startDue();
      } catch (err) {
        this.#o.log.warn({ err }, 'delivery worker: round failed; will retry');
      }
      if (started === 0 && !this.#nudged) await this.#sleep(this.#o.pollMs);
      else if (this.#inFlight.size >= this.#o.concurrency)
        await Promise.race(this.#inFlight.values());
      this.#nudged = false;
    }
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

  async #startDue(): Promise<number> {
    const free = this.#o.concurrency - this.#inFlight.size;
    if (free <= 0) return 0;
    const due = await this.#o.deliveries.due(this.#o.clock(), free + this.#inFlight.size);
    const ids = due.filter((id) => !this.#inFlight.has(id)).slice(0, free);
    for (const id of ids) {
      const p = this.#o.send
        .run(id)
        .catch((err) => this.#o.log.error({ err, deliveryId: id }, 'delivery failed to run'))
        .finally(() => {
          this.#inFlight.delete(id);
          this.notify();
        });
      this.#inFlight.set(id, p);
    }
    return ids.length;
  }
}
