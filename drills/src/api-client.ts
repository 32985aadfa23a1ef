import { mintToken } from '@citymatch/service-kit';
import { sleep } from './wait-for.js';

export interface CallResult {
  status: number;
  json: Record<string, unknown> | null;
  ms: number;
}

/** Every HTTP call made through the public APIs, for latency figures and the error count. */
export class HttpLog {
  readonly latencies: number[] = [];
  errors = 0;
  readonly errorsByStatus = new Map<string, number>();

  record(status: number | string, ms: number): void {
    this.latencies.push(ms);
    if (typeof status === 'string' || status >= 400) {
      this.errors++;
      const k = String(status);
      this.errorsByStatus.set(k, (this.errorsByStatus.get(k) ?? 0) + 1);
    }
  }
}

/** The services' public HTTP APIs, as a municipality, a startup and an admin use them. */
export class ApiClient {
  constructor(
    readonly urls: { challenges: string; startups: string; matching: string },
    readonly http = new HttpLog(),
  ) {}

  async call(method: string, url: string, token: string, body?: unknown): Promise<CallResult> {
    const t0 = performance.now();
    try {
      const res = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      this.http.record(res.status, ms);
      let json: Record<string, unknown> | null = null;
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
      } catch {
        json = null;
      }
      return { status: res.status, json, ms };
    } catch (err) {
      const ms = performance.now() - t0;
      this.http.record((err as Error).name === 'TimeoutError' ? 'timeout' : 'network', ms);
      return { status: 0, json: null, ms };
    }
  }

  /** A write retried on 5xx / network errors as a careful client would (409 on a retry: landed). */
  async write(
    what: string,
    send: () => Promise<CallResult>,
    ok: number,
    tries = 4,
  ): Promise<CallResult | undefined> {
    for (let i = 1; i <= tries; i++) {
      const res = await send();
      if (res.status === ok || (i > 1 && res.status === 409)) return res;
      if (res.status !== 0 && res.status < 500 && res.status !== 429) {
        throw new Error(`${what}: ${res.status} ${JSON.stringify(res.json)}`);
      }
      await sleep(500 * i);
    }
    return undefined;
  }

  async createOrganisation(orgId: string): Promise<void> {
    const admin = await mintToken({ role: 'admin' });
    const res = await this.write(
      `organisation ${orgId}`,
      () =>
        this.call('POST', `${this.urls.challenges}/organisations`, admin, {
          id: orgId,
          kind: 'municipality',
          name: `Drills ${orgId}`,
          country: 'TR',
          city: 'İstanbul',
          languages: ['tr', 'en'],
        }),
      201,
    );
    if (!res) throw new Error(`organisation ${orgId} could not be created`);
  }

  /** Register a startup in `sector`; true when the API accepted it. */
  async registerStartup(id: string, sector: string, email: string): Promise<boolean> {
    const token = await mintToken({ role: 'startup', startup: id });
    const res = await this.write(
      `register ${id}`,
      () =>
        this.call('POST', `${this.urls.startups}/startups`, token, {
          id,
          name: `Drill ${id}`,
          description: `Works on ${sector}`,
          sectors: [sector],
          country: 'TR',
          city: 'İstanbul',
          languages: ['en'],
          preferredLanguage: 'en',
          stage: 'mvp',
          contactEmail: email,
          notificationPreference: 'each_match',
        }),
      201,
    );
    return res !== undefined;
  }

  /** Create and publish a challenge needing `sector`; its id once published, else undefined. */
  async publishChallenge(orgId: string, sector: string, title: string) {
    const token = await mintToken({ role: 'municipality', org: orgId });
    const created = await this.write(
      `challenge ${title}`,
      () =>
        this.call('POST', `${this.urls.challenges}/organisations/${orgId}/challenges`, token, {
          title,
          description: `Looking for ${sector}`,
          sectors: [sector],
          city: 'İstanbul',
          country: 'TR',
          language: 'en',
          deadline: null,
          contactEmail: 'innovation@drills.citymatch.example',
        }),
      201,
    );
    const id = created?.json?.id;
    if (typeof id !== 'string') return undefined;
    const published = await this.write(
      `publish ${id}`,
      () => this.call('POST', `${this.urls.challenges}/challenges/${id}/publish`, token),
      200,
    );
    return published ? id : undefined;
  }

  /** Startup ids on a challenge's shortlist (empty when it cannot be read now). */
  async shortlist(orgId: string, challengeId: string): Promise<string[]> {
    const token = await mintToken({ role: 'municipality', org: orgId });
    const res = await fetch(`${this.urls.matching}/challenges/${challengeId}/shortlist`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
    }).catch(() => undefined);
    if (res?.status !== 200) return [];
    const body = (await res.json()) as { entries?: { startupId: string }[] };
    return (body.entries ?? []).map((e) => e.startupId);
  }
}
