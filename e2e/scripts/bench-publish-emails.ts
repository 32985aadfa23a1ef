// Publish → all emails: the four services as real processes on the real servers (SMTP: Mailpit),
// `--startups` startups that all match, then challenges published one after another; for each,
// the time from the publish request to the last of its emails arriving in Mailpit. A warm-up
// challenge first (not counted). Matching runs with SHORTLIST_SIZE = --shortlist (default 200, the
// contract's ceiling), so a challenge causes min(startups, shortlist) matches and emails.
// A challenge whose emails are not all in after --timeout-s counts with the time waited, and is
// reported in `timed_out`.
// Usage: pnpm bench:publish-emails [--startups 200] [--shortlist 200] [--challenges 5] [--timeout-s 900];
// the last line is JSON.
import { loadavg } from 'node:os';
import { SHORTLIST_MAX_ENTRIES } from '@citymatch/events';
import { mintToken, serverUrls, uniqueName } from '@citymatch/service-kit';
import {
  consumerLag,
  freePort,
  ServiceProcess,
  type TopicWatch,
  testDatabase,
  waitUntil,
  watchTopic,
} from '@citymatch/testkit';
import { e2eLogDir } from '../test/helpers/log-dir.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const startupCount = arg('startups', 200);
const challengeCount = arg('challenges', 5);
const timeoutMs = arg('timeout-s', 900) * 1000;
const shortlistSize = Math.min(arg('shortlist', SHORTLIST_MAX_ENTRIES), SHORTLIST_MAX_ENTRIES);
const expected = Math.min(startupCount, shortlistSize);
const run = uniqueName('bench-pe').replace(/[^A-Za-z0-9-]/g, '-');
const { smtpUrl, mailpitApi } = serverUrls();
const log = (msg: string) => process.stderr.write(`${msg}\n`);

const cleanups: (() => unknown)[] = [];
const names = ['challenges', 'startups', 'matching', 'notifications'] as const;
const services = {} as Record<(typeof names)[number], ServiceProcess>;
for (const name of names) {
  const { name: db } = await testDatabase(
    { teardown: (fn) => cleanups.push(fn) },
    `${run}-${name}`,
  );
  services[name] = new ServiceProcess(
    name,
    await freePort(),
    {
      CHALLENGES_TOPIC: `${run}-challenges`,
      STARTUPS_TOPIC: `${run}-startups`,
      MATCHING_TOPIC: `${run}-matching`,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      OUTBOX_POLL_MS: '50',
      SMTP_URL: smtpUrl,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
      MONGO_DB: db,
      CONSUMER_GROUP: `${run}-${name}`,
      REPLICA_ID: 'bench',
      RATE_LIMIT_NAMESPACE: `${run}-rl-${name}:`,
      RATE_LIMIT_MAX: '1000000',
      SHORTLIST_SIZE: String(shortlistSize),
    },
    e2eLogDir,
  );
}

async function call(method: string, url: string, token: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as Record<string, unknown>;
}

/** Arrival times (ms since epoch) of the emails whose subject carries `marker`. */
async function arrivals(marker: string): Promise<number[]> {
  const q = encodeURIComponent(`subject:"${marker}"`);
  const res = await fetch(`${mailpitApi}/api/v1/search?query=${q}&limit=1000`);
  if (!res.ok) throw new Error(`mailpit search: ${res.status}`);
  const body = (await res.json()) as { messages: { Created: string }[] };
  return body.messages.map((m) => Date.parse(m.Created));
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

let exitCode = 0;
let timedOut = 0;
let stopping = false;
async function cleanUp() {
  for (const s of Object.values(services)) await s.stop().catch(() => undefined);
  for (const fn of cleanups) await Promise.resolve(fn()).catch(() => undefined);
  await fetch(`${mailpitApi}/api/v1/search?query=${encodeURIComponent(`subject:"${run}"`)}`, {
    method: 'DELETE',
  }).catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (stopping) return;
    stopping = true;
    await cleanUp();
    process.exit(130);
  });
}
try {
  await Promise.all(Object.values(services).map((s) => s.start(120_000)));
  const topics = {
    challenges: await watchTopic({ teardown: (fn) => cleanups.push(fn) }, `${run}-challenges`),
    matching: await watchTopic({ teardown: (fn) => cleanups.push(fn) }, `${run}-matching`),
  };
  const admin = await mintToken({ role: 'admin' });
  const orgId = `${run}-org`;
  const orgToken = await mintToken({ role: 'municipality', org: orgId });
  await call('POST', `${services.challenges.url}/organisations`, admin, {
    id: orgId,
    kind: 'municipality',
    name: 'Bench Belediyesi',
    country: 'TR',
    city: 'İstanbul',
    languages: ['tr', 'en'],
  });
  const langs = ['tr', 'fa', 'ar', 'en'] as const;
  const started = performance.now();
  for (let i = 0; i < startupCount; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, startupCount - i) }, async (_, j) => {
        const id = `${run}-s${i + j}`;
        const lang = langs[(i + j) % langs.length] ?? 'en';
        await call(
          'POST',
          `${services.startups.url}/startups`,
          await mintToken({ role: 'startup', startup: id }),
          {
            id,
            name: `Bench ${i + j}`,
            description: 'Waste and recycling',
            sectors: ['Atık yönetimi', 'Geri dönüşüm'],
            country: 'TR',
            city: 'İstanbul',
            languages: [lang],
            preferredLanguage: lang,
            stage: 'mvp',
            contactEmail: `${id}@bench.citymatch.example`,
            notificationPreference: 'each_match',
          },
        );
      }),
    );
  }
  log(
    `${startupCount} startups registered in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // Measured from a settled system: matching and notifications have taken in every registration
  // (each one can change shortlists). A challenge published while they still work through a burst
  // of registrations waits behind it: one consumer fetches all its topics from the broker, so
  // challenges.v1 is read once the startups.v1 batch in hand is done (`pnpm load` mixes the two).
  for (const name of ['matching', 'notifications'] as const) {
    await waitUntil(async () => (await consumerLag(`${run}-${name}`, [`${run}-startups`])) === 0, {
      timeoutMs,
      intervalMs: 250,
      what: () => `${name} to take in the registrations`,
    });
  }
  log(`registrations taken in after ${((performance.now() - started) / 1000).toFixed(1)} s`);

  /** Publish one challenge; ms from the publish request to its first and to its last email. */
  async function publishAndWait(label: string) {
    const marker = `${run}-${label}`;
    const created = await call(
      'POST',
      `${services.challenges.url}/organisations/${orgId}/challenges`,
      orgToken,
      {
        title: `Atık toplama ${marker}`,
        description: 'Akıllı atık toplama ve geri dönüşüm',
        sectors: ['Atık yönetimi', 'Geri dönüşüm'],
        city: 'İstanbul',
        country: 'TR',
        language: 'tr',
        deadline: null,
        contactEmail: 'innovation@bench.example',
      },
    );
    const id = created.id as string;
    const t0 = Date.now();
    await call('POST', `${services.challenges.url}/challenges/${id}/publish`, orgToken);
    let times: number[] = [];
    const all = await waitUntil(
      async () => {
        times = await arrivals(marker);
        return times.length >= expected;
      },
      { timeoutMs, intervalMs: 250, what: () => `${expected} emails for ${label}` },
    ).then(
      () => true,
      () => false,
    );
    if (!all) {
      timedOut++;
      log(`${label}: ${times.length} of ${expected} emails after ${timeoutMs / 1000} s`);
      return { first: Math.min(...times) - t0, last: Date.now() - t0, ...stages(id, t0) };
    }
    return { first: Math.min(...times) - t0, last: Math.max(...times) - t0, ...stages(id, t0) };
  }

  /** When the challenge's events reached Kafka, in ms after the publish request. */
  function stages(challengeId: string, t0: number) {
    const at = (watch: TopicWatch, type: string) =>
      watch
        .all()
        .filter((m) => m.headers?.ce_type?.toString() === type)
        .filter((m) => JSON.parse(m.value?.toString() ?? '{}').challengeId === challengeId)
        .map((m) => Number(m.timestamp) - t0);
    const found = at(topics.matching, 'match.found');
    return {
      published: at(topics.challenges, 'challenge.published')[0] ?? Number.NaN,
      firstMatch: Math.min(...found),
      lastMatch: Math.max(...found),
    };
  }

  // warm-up: the startups reach matching's index and notifications' contacts
  const warm = (await publishAndWait('warmup')).last;
  log(`warm-up challenge: ${expected} emails in ${warm} ms`);
  const latencies: number[] = [];
  for (let c = 0; c < challengeCount; c++) {
    const before = timedOut;
    const { first, last, published, firstMatch, lastMatch } = await publishAndWait(`c${c}`);
    latencies.push(last);
    log(
      timedOut > before
        ? `challenge ${c}: timed out after ${last} ms`
        : `challenge ${c}: ${expected} emails, first ${first} ms, last ${last} ms after publish ` +
            `(on Kafka: challenge.published ${published} ms, match.found ${firstMatch}-${lastMatch} ms)`,
    );
  }
  console.log(
    JSON.stringify({
      startups: startupCount,
      emails_per_challenge: expected,
      challenges: challengeCount,
      warmup_ms: warm,
      p50_ms: percentile(latencies, 0.5),
      p99_ms: percentile(latencies, 0.99),
      max_ms: Math.max(...latencies),
      timed_out: timedOut,
      load_avg: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    }),
  );
} catch (err) {
  log(String((err as Error).stack ?? err));
  exitCode = 1;
} finally {
  stopping = true;
  await cleanUp();
}
process.exit(exitCode);
