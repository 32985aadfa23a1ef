/**
 * Items given in the same turn of the event loop go out together as one batch: the first batch
 * on the next turn, and while a batch is out new items wait and go together as soon as it
 * returns. So an idle caller pays no wait and N concurrent callers cost one round trip. `send`
 * must settle every item it is given (it is never given an empty batch); it is not retried.
 */
export class TurnBatcher<I> {
  #queued: I[] = [];
  #inFlight = false;
  #scheduled = false;

  constructor(private readonly send: (batch: I[]) => Promise<void>) {}

  add(item: I): void {
    this.#queued.push(item);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#inFlight || this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #flush(): Promise<void> {
    if (this.#queued.length === 0) return;
    const batch = this.#queued;
    this.#queued = [];
    this.#inFlight = true;
    try {
      await this.send(batch);
    } finally {
      this.#inFlight = false;
      this.#schedule();
    }
  }
}
