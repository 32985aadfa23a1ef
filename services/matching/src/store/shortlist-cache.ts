import type { Redis } from 'ioredis';

/** A shortlist view as served: the owning organisation (for the access check) and the JSON. */
export interface CachedView {
  orgId: string;
  body: string;
}

/**
 * Shortlist views (`GET /challenges/:id/shortlist`) cached in Redis, shared by the replicas.
 *
 * A view is stored with the generations it was built at: the challenge's own (bumped after every
 * write of the challenge's document, so after every shortlist.updated) and the startup names'
 * (bumped after every write of a startup). A read serves a view only when both still match. The generations are read before the read model, and bumped after each write to
 * it, so a view built from a read that raced a write carries the old generation and is never
 * served once the write has returned.
 *
 * The generations are read on every request (one small round trip); the view itself comes
 * from this process's memory when its stamp still matches, else from Redis, else is built.
 *
 * Redis failing is not the reader's problem: the view is then built from the read model.
 */
export class ShortlistCache {
  readonly #names: string;
  readonly #local = new Map<string, { stamp: string; view: CachedView }>();

  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
    private readonly ttlSeconds = 600,
    private readonly localEntries = 500,
  ) {
    this.#names = `cm:shortlist:${namespace}:names-gen`;
  }

  #view = (id: string) => `cm:shortlist:${this.namespace}:view:${id}`;
  #gen = (id: string) => `cm:shortlist:${this.namespace}:gen:${id}`;

  /** The cached view while it is current; otherwise `build()`, cached when it gives a view. */
  async get(id: string, build: () => Promise<CachedView | null>): Promise<CachedView | null> {
    const gens = await this.redis.mget(this.#gen(id), this.#names).catch(() => null);
    if (!gens) return build();
    const stamp = `${gens[0] ?? 0}:${gens[1] ?? 0}`;
    const local = this.#local.get(id);
    if (local?.stamp === stamp) return local.view;
    const entry = await this.redis.get(this.#view(id)).catch(() => null);
    if (entry) {
      const first = entry.indexOf('\n');
      const second = entry.indexOf('\n', first + 1);
      if (entry.slice(0, first) === stamp) {
        return this.#remember(id, stamp, {
          orgId: entry.slice(first + 1, second),
          body: entry.slice(second + 1),
        });
      }
    }
    const view = await build();
    if (!view) return null;
    await this.redis
      .set(this.#view(id), `${stamp}\n${view.orgId}\n${view.body}`, 'EX', this.ttlSeconds)
      .catch(() => undefined);
    return this.#remember(id, stamp, view);
  }

  /** Keep the view in this process too (the newest `localEntries`), checked by its stamp. */
  #remember(id: string, stamp: string, view: CachedView): CachedView {
    this.#local.delete(id);
    this.#local.set(id, { stamp, view });
    if (this.#local.size > this.localEntries) {
      const oldest = this.#local.keys().next().value;
      if (oldest !== undefined) this.#local.delete(oldest);
    }
    return view;
  }

  /** After a write of the challenge's document: its cached view is no longer served. */
  async challengeChanged(id: string): Promise<void> {
    await this.redis.incr(this.#gen(id));
  }

  /** After a write of a startup (its name may be on any view): no cached view is served. */
  async namesChanged(): Promise<void> {
    await this.redis.incr(this.#names);
  }
}
