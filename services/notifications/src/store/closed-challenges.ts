import { findByIds } from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';

/** Challenges known to be closed (from challenges.v1): their matches are never mailed. */
export class ClosedChallenges {
  readonly #col: Collection<{ _id: string; closedAt: Date }>;

  constructor(db: Db) {
    this.#col = db.collection('closed_challenges');
  }

  /** Idempotent: a repeated challenge.closed changes nothing. */
  async add(challengeId: string, closedAt: Date): Promise<void> {
    await this.#col.updateOne(
      { _id: challengeId },
      { $setOnInsert: { closedAt } },
      { upsert: true },
    );
  }

  async isClosed(challengeId: string): Promise<boolean> {
    // findOne by a bare _id: FerretDB answers it from the index (a count runs a pipeline)
    return (await this.#col.findOne({ _id: challengeId }, { projection: { _id: 1 } })) !== null;
  }

  /** Which of `challengeIds` are closed. */
  async closedAmong(challengeIds: readonly string[]): Promise<Set<string>> {
    if (challengeIds.length === 0) return new Set();
    const docs = await findByIds(this.#col, challengeIds, { projection: { _id: 1 } });
    return new Set(docs.map((d) => d._id));
  }
}
