import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

interface Waiter {
  resolve: (inserted: boolean) => void;
  reject: (err: unknown) => void;
}

interface WriteErrorLike {
  index: number;
  code?: unknown;
  errmsg?: unknown;
}

const DUPLICATE_KEY = 11000;

/**
 * Inserts of single documents that arrive together, written by one unordered `insertMany`. Like
 * BatchedFindById: the first goes out on the next turn of the event loop with every document
 * given in the same turn; while it is out, new ones wait and go together when it returns.
 * `insert` resolves true when the document was written, false when one with its `_id` (or
 * another unique key) exists already; any other failure of the document rejects its caller only.
 * The documents of one batch are independent: one failing does not stop the others.
 */
export class BatchedInsert<T extends Document> {
  #queued: { doc: OptionalUnlessRequiredId<T>; waiter: Waiter }[] = [];
  #inFlight = false;
  #scheduled = false;

  constructor(private readonly collection: Collection<T>) {}

  insert(doc: OptionalUnlessRequiredId<T>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#queued.push({ doc, waiter: { resolve, reject } });
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
    if (this.#queued.length === 0) return;
    const batch = this.#queued;
    this.#queued = [];
    this.#inFlight = true;
    try {
      const failed = await this.#write(batch.map((b) => b.doc));
      batch.forEach(({ waiter }, i) => {
        const err = failed.get(i);
        if (err === undefined) waiter.resolve(true);
        else if (err.code === DUPLICATE_KEY) waiter.resolve(false);
        else waiter.reject(Object.assign(new Error(String(err.errmsg ?? 'insert failed')), err));
      });
    } catch (err) {
      for (const { waiter } of batch) waiter.reject(err);
    } finally {
      this.#inFlight = false;
      this.#schedule();
    }
  }

  /** The write errors of an unordered insert, by document index; throws when it is not that. */
  async #write(docs: OptionalUnlessRequiredId<T>[]): Promise<Map<number, WriteErrorLike>> {
    try {
      await this.collection.insertMany(docs, { ordered: false });
      return new Map();
    } catch (err) {
      const raw = (err as { writeErrors?: WriteErrorLike | WriteErrorLike[] }).writeErrors;
      if (raw === undefined) throw err;
      const list = Array.isArray(raw) ? raw : [raw];
      return new Map(list.map((e) => [e.index, e]));
    }
  }
}
