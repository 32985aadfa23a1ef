import {
  type ChallengeClosedData,
  type ChallengePublishedData,
  type ChallengeUpdatedData,
  type EventEnvelope,
  SHORTLIST_MAX_ENTRIES,
} from '@citymatch/events';
import type { LiveStartupIndex } from '../domain/live-startup-index.js';
import {
  newlyMatched,
  type ShortlistEntry,
  shortlistChanged,
  shortlistOf,
} from '../domain/plan-shortlist.js';
import { matchFoundEvents, shortlistUpdatedEvent } from '../domain/shortlist-events.js';
import type { ChallengeDoc, ChallengeFields } from '../store/challenge-doc.js';
import type { ChallengeStore } from '../store/challenge-store.js';
import { indexedStartup, type StartupStore } from '../store/startup-store.js';

export interface ShortlistKeeperDeps {
  challenges: ChallengeStore;
  startups: StartupStore;
  index: LiveStartupIndex;
  /** A startup enters a shortlist (and is announced) from this score on. */
  minScore: number;
  /** Startups a shortlist holds (SHORTLIST_SIZE; never more than SHORTLIST_MAX_ENTRIES). */
  size: number;
  clock?: () => Date;
}

type Decision = { fields: ChallengeFields; events: EventEnvelope[] } | null;
type Ranked = Pick<ChallengeDoc, '_id' | 'sectors' | 'city' | 'country' | 'language'>;

/**
 * Keeps every open challenge's shortlist right as challenges and startups change. Each change
 * of a challenge's shortlist, the pairs it announces and its events (match.found once per
 * pair, shortlist.updated when the startups or their order changed) is one write of the
 * challenge's document, under its lock.
 */
export class ShortlistKeeper {
  readonly #d: ShortlistKeeperDeps;
  readonly #now: () => Date;

  constructor(deps: ShortlistKeeperDeps) {
    this.#d = deps;
    this.#now = deps.clock ?? (() => new Date());
  }

  /** The entries a challenge would have now. */
  rank(c: Ranked): ShortlistEntry[] {
    const ranked = this.#d.index.rank(
      { id: c._id, sectors: c.sectors, city: c.city, country: c.country, language: c.language },
      Math.min(this.#d.size, SHORTLIST_MAX_ENTRIES),
    );
    return shortlistOf(ranked, this.#d.minScore);
  }

  /**
   * Rank with the startups in question checked against the read model first. This replica's
   * index is fed by its own group, which may lag the shared group: another replica may already
   * have put a startup on this shortlist, or deactivated one, that this index has not seen. The
   * shortlisted and ranked startups are brought up to the read model's version before the
   * shortlist is decided, so a lagging replica neither drops nor revives anyone.
   */
  async #rankChecked(
    c: Ranked,
    stored: readonly { startupId: string }[],
  ): Promise<ShortlistEntry[]> {
    const entries = this.rank(c);
    const ids = new Set([...entries, ...stored].map((e) => e.startupId));
    let caughtUp = false;
    for (const doc of await this.#d.startups.byIds([...ids])) {
      if (this.#d.index.apply(indexedStartup(doc))) caughtUp = true;
    }
    return caughtUp ? this.rank(c) : entries;
  }

  /** challenge.published / challenge.updated: the full challenge as it now is. */
  applyChallenge(data: ChallengePublishedData | ChallengeUpdatedData): Promise<boolean> {
    return this.#d.challenges.change(data.challengeId, async (current) => {
      if (current && (current.version >= data.version || current.status === 'closed')) return null;
      const base: ChallengeFields = {
        _id: data.challengeId,
        version: data.version,
        status: data.status,
        orgId: data.orgId,
        orgName: data.orgName,
        title: data.title,
        sectors: data.sectors,
        city: data.city,
        country: data.country,
        language: data.language,
        deadline: data.deadline,
        shortlist: current?.shortlist ?? [],
        shortlistVersion: current?.shortlistVersion ?? 0,
        announced: current?.announced ?? [],
        updatedAt: this.#now(),
      };
      const entries =
        data.status === 'published' ? await this.#rankChecked(base, base.shortlist) : [];
      return this.#withShortlist(base, entries, data.status === 'closed' && current !== null);
    });
  }

  /** challenge.closed: the shortlist empties, and nothing is ever matched to it again. */
  closeChallenge(data: ChallengeClosedData): Promise<boolean> {
    return this.#d.challenges.change(data.challengeId, async (current) => {
      if (current && (current.version >= data.version || current.status === 'closed')) return null;
      const base: ChallengeFields = current
        ? { ...current, version: data.version, status: 'closed', updatedAt: this.#now() }
        : {
            // closed before matching saw it published: a tombstone, so nothing reopens it
            _id: data.challengeId,
            version: data.version,
            status: 'closed',
            orgId: data.orgId,
            orgName: data.orgId,
            title: data.challengeId,
            sectors: [],
            city: '',
            country: '',
            language: 'en',
            deadline: null,
            shortlist: [],
            shortlistVersion: 0,
            announced: [],
            updatedAt: this.#now(),
          };
      return this.#withShortlist(base, [], current !== null);
    });
  }

  /** Rank an open challenge again (a startup came, changed or left). */
  refresh(challengeId: string): Promise<boolean> {
    return this.#d.challenges.change(challengeId, async (current) => {
      if (!current || current.status !== 'published') return null;
      const decision = await this.#withShortlist(
        { ...current, updatedAt: this.#now() },
        await this.#rankChecked(current, current.shortlist),
        false,
      );
      return decision && decision.events.length > 0 ? decision : null;
    });
  }

  /**
   * A startup registered or changed: the open challenges it enters, or moves in or out of, are
   * ranked again. Ranking without the lock first keeps the locked work to those challenges.
   */
  async startupChanged(startupId: string): Promise<void> {
    for (const c of await this.#d.challenges.open()) {
      const listed = c.shortlist.some((e) => e.startupId === startupId);
      const enters = this.rank(c).some((e) => e.startupId === startupId);
      if (listed || enters) await this.refresh(c._id);
    }
  }

  /** A startup was deactivated (already out of the index): it leaves every shortlist. */
  async startupLeft(startupId: string): Promise<void> {
    for (const c of await this.#d.challenges.shortlisting(startupId)) await this.refresh(c._id);
  }

  async #withShortlist(
    base: ChallengeFields,
    entries: ShortlistEntry[],
    announceEmpty: boolean,
  ): Promise<Decision> {
    const now = this.#now();
    const fresh = newlyMatched(entries, base.announced);
    const changed = shortlistChanged(base.shortlist, entries) || announceEmpty;
    const shortlistVersion = changed ? base.shortlistVersion + 1 : base.shortlistVersion;
    const languages = await this.#d.startups.profiles(fresh.map((e) => e.startupId));
    const events = matchFoundEvents(
      { ...base, id: base._id },
      fresh,
      (id) => languages.get(id)?.preferredLanguage,
      now,
    );
    if (changed) events.push(shortlistUpdatedEvent(base._id, entries, shortlistVersion, now));
    return {
      fields: {
        ...base,
        shortlist: entries,
        shortlistVersion,
        announced: [...base.announced, ...fresh.map((e) => e.startupId)],
      },
      events,
    };
  }
}
