import {
  AggregateBusyError,
  type AggregateLocks,
  outboxOnCreate,
  withOutbox,
} from '@citymatch/service-kit';
import type { Startup, StartupChange } from '../domain/startup.js';
import { Busy, StartupExists, StartupNotFound } from '../errors.js';
import type { Models } from './models.js';

/** What a list may filter on (already cleaned); `visible` is the reader's visibility rule. */
export interface StartupQuery {
  visible: Record<string, unknown>;
  status?: string;
  sectorKey?: string;
  /** A folded search term, matched as a substring of the folded text. */
  text?: string;
  country?: string;
  city?: string;
  language?: string;
  stage?: string;
  after?: string;
  limit: number;
}

type Doc = Omit<Startup, 'id'> & { _id: string };
const HIDDEN = { outbox: 0, outboxPending: 0, outboxSeq: 0 } as const;

function fromDoc({ _id, ...fields }: Doc): Startup {
  return { id: _id, ...fields };
}

function toFields({ id: _id, ...fields }: Startup): Omit<Doc, '_id'> {
  return fields;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Startup profiles in MongoDB. Every write holds the startup's aggregate lock (FerretDB loses
 * concurrent updates of one document; the outbox relay takes the same lock) and carries the
 * events it causes in the same single-document write (the transactional outbox).
 */
export class StartupStore {
  constructor(
    private readonly models: Models,
    private readonly locks: AggregateLocks,
    private readonly eventsAdded: (startupId: string) => void,
  ) {}

  async get(id: string): Promise<Startup | null> {
    const doc = await this.models.Startup.findById(id, HIDDEN).lean<Doc>();
    return doc ? fromDoc(doc) : null;
  }

  async insert({ startup, events }: StartupChange): Promise<Startup> {
    await this.#locked(startup.id, async () => {
      try {
        await this.models.Startup.collection.insertOne({
          _id: startup.id as never,
          ...toFields(startup),
          ...outboxOnCreate(events),
        });
      } catch (err) {
        if ((err as { code?: unknown })?.code === 11000) throw new StartupExists(startup.id);
        throw err;
      }
    });
    if (events.length > 0) this.eventsAdded(startup.id);
    return startup;
  }

  /** Read, decide and write under the lock; `decide` may throw to refuse. */
  async change(id: string, decide: (current: Startup) => StartupChange): Promise<Startup> {
    const { startup, events } = await this.#locked(id, async () => {
      const current = await this.get(id);
      if (!current) throw new StartupNotFound(id);
      const next = decide(current);
      const res = await this.models.Startup.collection.updateOne(
        { _id: id as never, version: current.version },
        withOutbox({ $set: toFields(next.startup) }, next.events),
      );
      if (res.matchedCount !== 1) throw new Busy(`startup ${id}`);
      return next;
    });
    if (events.length > 0) this.eventsAdded(id);
    return startup;
  }

  async list(q: StartupQuery): Promise<Startup[]> {
    const filter: Record<string, unknown> = {};
    if (q.status !== undefined) filter['status'] = q.status;
    if (q.sectorKey !== undefined) filter['sectorKeys'] = q.sectorKey;
    if (q.text !== undefined) filter['searchText'] = { $regex: escapeRegex(q.text) };
    if (q.country !== undefined) filter['country'] = q.country;
    if (q.city !== undefined) filter['city'] = q.city;
    if (q.language !== undefined) filter['languages'] = q.language;
    if (q.stage !== undefined) filter['stage'] = q.stage;
    if (q.after !== undefined) filter['_id'] = { $lt: q.after };
    const query = Object.keys(q.visible).length > 0 ? { $and: [q.visible, filter] } : filter;
    const docs = await this.models.Startup.find(query, HIDDEN)
      .sort({ _id: -1 })
      .limit(q.limit)
      .lean<Doc[]>();
    return docs.map(fromDoc);
  }

  async #locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await this.locks.withLock(id, fn);
    } catch (err) {
      if (err instanceof AggregateBusyError) throw new Busy(`startup ${id}`);
      throw err;
    }
  }
}
