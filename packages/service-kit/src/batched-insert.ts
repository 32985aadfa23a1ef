import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import { TurnBatcher } from './turn-batcher.js';

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
 * Inserts of single documents that arrive together, written by one unordered `insertMany`,
 * batched by turn of the event loop (TurnBatcher, as BatchedFindById). `insert` resolves true
 * when the document was written, false when one with its `_id` (or another unique key) exists
 * already; any other failure of the document rejects its caller only. The documents of one
 * batch are independent: one failing does not stop the others.
 */
export class BatchedInsert<T extends Document> {
  readonly #batcher: TurnBatcher<{ doc: OptionalUnlessRequiredId<T>; waiter: Waiter }>;

  constructor(private readonly collection: Collection<T>) {
    this.#batcher = new TurnBatcher(async (batch) => {
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
      }
    });
  }

  insert(doc: OptionalUnlessRequiredId<T>): Promise<boolean> {
    return new Promise((resolve, reject) =>
      this.#batcher.add({ doc, waiter: { resolve, reject } }),
    );
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
