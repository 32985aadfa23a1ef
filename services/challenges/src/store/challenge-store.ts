import {
  AggregateBusyError,
  type AggregateLocks,
  outboxOnCreate,
  withOutbox,
} from '@citymatch/service-kit';
import type { Challenge } from '../domain/challenge.js';
import type { ChallengeChange } from '../domain/challenge-change.js';
import { Busy, ChallengeNotFound } from '../errors.js';
import type { Models } from './models.js';

/** What a list may filter on (already cleaned); `visible` is the reader's visibility rule. */
export interface ChallengeQuery {
  visible: Record<string, unknown>;
  status?: string;
  sectorKey?: string;
  city?: string;
  country?: string;
  language?: string;
  orgId?: string;
  after?: string;
  limit: number;
}

type Doc = Omit<Challenge, 'id'> & { _id: string };

function fromDoc(doc: Doc): Challenge {
  const { _id, ...rest } = doc;
  const {
    outbox: _o,
    outboxPending: _p,
    outboxSeq: _s,
    ...fields
  } = rest as Doc & {
    outbox?: unknown;
    outboxPending?: unknown;
    outboxSeq?: unknown;
  };
  return { id: _id, ...fields };
}

function toFields(c: Challenge): Omit<Doc, '_id'> {
  const { id: _id, ...fields } = c;
  return fields;
}

/**
 * Challenges in MongoDB. Every write holds the challenge's aggregate lock (FerretDB loses
 * concurrent updates of one document; the outbox relay takes the same lock) and carries the
 * events it causes in the same single-document write (the transactional outbox).
 */
export class ChallengeStore {
  constructor(
    private readonly models: Models,
    private readonly locks: AggregateLocks,
    private readonly eventsAdded: (challengeId: string) => void,
  ) {}

  async get(id: string): Promise<Challenge | null> {
    const doc = await this.models.Challenge.findById(id, { outbox: 0 }).lean<Doc>();
    return doc ? fromDoc(doc) : null;
  }

  async insert(change: ChallengeChange): Promise<Challenge> {
    const { challenge, events } = change;
    await this.#locked(challenge.id, () =>
      this.models.Challenge.collection.insertOne({
        _id: challenge.id as never,
        ...toFields(challenge),
        ...outboxOnCreate(events),
      }),
    );
    if (events.length > 0) this.eventsAdded(challenge.id);
    return challenge;
  }

  /** Read, decide and write under the lock; `decide` may throw to refuse. */
  async change(id: string, decide: (current: Challenge) => ChallengeChange): Promise<Challenge> {
    const { challenge, events } = await this.#locked(id, async () => {
      const current = await this.get(id);
      if (!current) throw new ChallengeNotFound(id);
      const next = decide(current);
      const res = await this.models.Challenge.collection.updateOne(
        { _id: id as never, version: current.version },
        withOutbox({ $set: toFields(next.challenge) }, next.events),
      );
      if (res.matchedCount !== 1) throw new Busy(`challenge ${id}`);
      return next;
    });
    if (events.length > 0) this.eventsAdded(id);
    return challenge;
  }

  async list(q: ChallengeQuery): Promise<Challenge[]> {
    const filter: Record<string, unknown> = {};
    if (q.status !== undefined) filter['status'] = q.status;
    if (q.sectorKey !== undefined) filter['sectorKeys'] = q.sectorKey;
    if (q.city !== undefined) filter['city'] = q.city;
    if (q.country !== undefined) filter['country'] = q.country;
    if (q.language !== undefined) filter['language'] = q.language;
    if (q.orgId !== undefined) filter['orgId'] = q.orgId;
    if (q.after !== undefined) filter['_id'] = { $lt: q.after };
    const visible = Object.keys(q.visible).length > 0 ? { $and: [q.visible, filter] } : filter;
    const docs = await this.models.Challenge.find(visible, { outbox: 0 })
      .sort({ _id: -1 })
      .limit(q.limit)
      .lean<Doc[]>();
    return docs.map(fromDoc);
  }

  async #locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.locks.withLock(id, fn);
    } catch (err) {
      if (err instanceof AggregateBusyError) throw new Busy(`challenge ${id}`);
      throw err;
    }
  }
}
