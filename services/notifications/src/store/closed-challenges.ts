import { BatchedFindById, findByIds } from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';

/** Challenges known to be closed (from challenges.v1): their matches are never mailed. */
export class ClosedChallenges {
  readonly #col: Collection<{ _id: string; closedAt: Date }>;

  constructor(db: Db) {
    this.#col = db.collection('closed_challenges');
    this.#byId = new BatchedFindById(this.#col, { projection: { _id: 1 } });
  }

  /** The senders' checks, several at once answered by one query. */
  readonly #byId: BatchedFindById<{ _id: string; closedAt: Date }>;

  /** Idempotent: a repeated challenge.closed changes nothing. */
  async add(challengeId: string, closedAt: Date): Promise<void> {
    await this.#col.updateOne(
      { _id: challengeId },
      { $setOnInsert: { closedAt } },
      { upsert: true },
    );
  }

  async isClosed(challengeId: string): Promise<boolean> {
    // by _id: FerretDB answers it from the index (a count runs a pipeline)
    return (await this.#byId.find(challengeId)) !== null;
  }

  /** Which of `challengeIds` are closed. */
  async closedAmong(challengeIds: readonly string[]): Promise<Set<string>> {
    if (challengeIds.length === 0) return new Set();
    const docs = await findByIds(this.#col, challengeIds, { projection: { _id: 1 } });
    return new Set(docs.map((d) => d._id));
  }
}
