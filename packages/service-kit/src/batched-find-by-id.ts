import type { Collection, Document, FindOptions, WithId } from 'mongodb';
import { findByIds } from './find-by-ids.js';
import { TurnBatcher } from './turn-batcher.js';

interface Read<T> {
  id: string;
  resolve: (doc: T | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Reads of single documents by `_id` that arrive together, answered by one `{_id: {$in}}` query
 * (findByIds), batched by turn of the event loop (TurnBatcher). So N concurrent callers cost
 * about one query instead of N: on FerretDB each query is a SQLite transaction and a document
 * decode in one process shared by every service, and that per-query cost is what the email
 * senders queue on.
 *
 * A read sees the document as of its batch's query, which starts after the call: never older
 * than a `findOne` made at the moment of the call.
 */
export class BatchedFindById<T extends Document> {
  readonly #batcher: TurnBatcher<Read<WithId<T>>>;

  constructor(collection: Collection<T>, options?: FindOptions) {
    this.#batcher = new TurnBatcher(async (reads) => {
      try {
        const ids = [...new Set(reads.map((r) => r.id))];
        const docs = await findByIds(collection, ids, options);
        const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
        for (const r of reads) r.resolve(byId.get(r.id) ?? null);
      } catch (err) {
        for (const r of reads) r.reject(err);
      }
    });
  }

  find(id: string): Promise<WithId<T> | null> {
    return new Promise((resolve, reject) => this.#batcher.add({ id, resolve, reject }));
  }
}
