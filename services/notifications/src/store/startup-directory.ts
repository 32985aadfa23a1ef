import type { StartupRegisteredData } from '@citymatch/events';
import { type AggregateLocks, BatchedFindById } from '@citymatch/service-kit';
import type { Collection, Db } from 'mongodb';
import { isEmailLanguage } from '../domain/email-language.js';
import type { StartupContact } from '../domain/startup-contact.js';

/** The service's own read model of startups (fed by startups.v1; never another service's DB). */
interface StartupDoc {
  _id: string;
  name?: string;
  email?: string;
  language?: string;
  preference?: StartupContact['preference'];
  active?: boolean;
  /** The startups.v1 version applied last: an older or repeated event changes nothing. */
  version: number;
  unsubscribedAt?: Date;
  updatedAt: Date;
}

/**
 * Startups' contact details, language and mail preference. Writes are read-modify-write
 * under the startup's lock (FerretDB loses concurrent updates of one document).
 */
export class StartupDirectory {
  readonly #col: Collection<StartupDoc>;

  constructor(
    db: Db,
    private readonly locks: AggregateLocks,
  ) {
    this.#col = db.collection<StartupDoc>('startups');
    this.#byId = new BatchedFindById(this.#col);
  }

  /** The senders' reads, several at once answered by one query. */
  readonly #byId: BatchedFindById<StartupDoc>;

  async get(startupId: string): Promise<StartupContact | null> {
    const doc = await this.#byId.find(startupId);
    if (!doc || doc.email === undefined || doc.name === undefined) return null;
    return {
      startupId,
      name: doc.name,
      email: doc.email,
      language: isEmailLanguage(doc.language) ? doc.language : 'en',
      preference: doc.preference ?? 'each_match',
      active: doc.active ?? true,
      ...(doc.unsubscribedAt ? { unsubscribedAt: doc.unsubscribedAt } : {}),
    };
  }

  /**
   * Apply a registration or update (a full profile). Newer versions win. A one-click
   * unsubscribe stays in force until the startup itself changes its preference in its profile
   * (a later update that repeats the old preference does not resubscribe it).
   */
  async applyProfile(p: StartupRegisteredData): Promise<boolean> {
    return this.#write(p.startupId, async (current) => {
      if (current && current.version >= p.version) return null;
      const preferenceChanged =
        current?.preference !== undefined && current.preference !== p.notificationPreference;
      const keepUnsubscribe = current?.unsubscribedAt !== undefined && !preferenceChanged;
      return {
        $set: {
          name: p.name,
          email: p.contactEmail,
          language: p.preferredLanguage,
          preference: p.notificationPreference,
          active: true,
          version: p.version,
          updatedAt: new Date(),
        },
        ...(keepUnsubscribe || !current?.unsubscribedAt ? {} : { $unset: { unsubscribedAt: '' } }),
      };
    });
  }

  async deactivate(startupId: string, version: number): Promise<boolean> {
    return this.#write(startupId, async (current) => {
      if (current && current.version >= version) return null;
      return { $set: { active: false, version, updatedAt: new Date() } };
    });
  }

  /** Record a one-click unsubscribe (also before the startup's profile has arrived). */
  async unsubscribe(startupId: string, at: Date): Promise<void> {
    await this.#write(startupId, async (current) => {
      if (current?.unsubscribedAt) return null;
      return {
        $set: { unsubscribedAt: at, updatedAt: new Date() },
        $setOnInsert: { version: 0 },
      };
    });
  }

  async #write(
    id: string,
    decide: (current: StartupDoc | null) => Promise<Record<string, unknown> | null>,
  ): Promise<boolean> {
    return this.locks.withLock(
      id,
      async () => {
        const current = await this.#col.findOne({ _id: id });
        const update = await decide(current);
        if (update === null) return false;
        await this.#col.updateOne({ _id: id }, update, { upsert: true });
        return true;
      },
      15_000,
    );
  }
}
