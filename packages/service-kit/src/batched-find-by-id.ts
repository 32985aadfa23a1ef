import type { Collection, Document, FindOptions, WithId } from 'mongodb';
import { findByIds } from './find-by-ids.js';

interface Waiter<T> {
  resolve: (doc: T | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Reads of single documents by `_id` that arrive together, answered by one `{_id: {$in}}` query
 * (findByIds). The first read goes out on the next turn of the event loop, with every id asked
 * for in the same turn; while it is out, new ids wait and go together as soon as it returns. So
 * an idle caller pays no wait, and N concurrent callers cost about one query instead of N: on
 * FerretDB each query is a SQLite transaction and a document decode in one process shared by
 * every service, and that per-query cost is what the email senders queue on.
 *
 * A read sees the document as of its batch's query, which starts after the call: never older
 * than a `findOne` made at the moment of the call.
 */
export class BatchedFindById<T extends Document> {
  readonly #queued = new Map<string, Waiter<WithId<T>>[]>();
  #inFlight = false;
  #scheduled = false;

  constructor(
    private readonly collection: Collection<T>,
    private readonly options?: FindOptions,
  ) {}

  find(id: string): Promise<WithId<T> | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.#queued.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else this.#queued.set(id, [{ resolve, reject }]);
      this.#schedule();
    });
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
    if (this.#queued.size === 0) return;
    const batch = new Map(this.#queued);
    this.#queued.clear();
    this.#inFlight = true;
    try {
      const docs = await findByIds(this.collection, [...batch.keys()], this.options);
      const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
      for (const [id, waiters] of batch) {
        for (const w of waiters) w.resolve(byId.get(id) ?? null);
      }
    } catch (err) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
    } finally {
      this.#inFlight = false;
      this.#schedule();
    }
  }
}
