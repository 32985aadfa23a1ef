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
    return (await this.#col.countDocuments({ _id: challengeId }, { limit: 1 })) > 0;
  }

  /** Which of `challengeIds` are closed. */
  async closedAmong(challengeIds: readonly string[]): Promise<Set<string>> {
    if (challengeIds.length === 0) return new Set();
    const docs = await this.#col.find({ _id: { $in: [...challengeIds] } }).toArray();
    return new Set(docs.map((d) => d._id));
  }
}
