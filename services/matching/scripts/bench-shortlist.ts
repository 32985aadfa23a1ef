// GET /challenges/:id/shortlist req/s and p99 (autocannon) on the matching service's real app
// (real Mongo, Redis, Kafka), beside a bare Fastify route returning the same JSON, in the same
// process with the same logger settings, in one run. Rounds alternate the two after a warm-up;
// the median round counts, since the machine is shared.
// Usage: pnpm bench:shortlist [--entries 100] [--seconds 5] [--connections 10] [--rounds 3];
// the last line is JSON.
import { loadavg } from 'node:os';
import { exampleData } from '@citymatch/events';
import { loggerOptions, mintToken, uniqueName } from '@citymatch/service-kit';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { MongoClient } from 'mongodb';
import { buildApp } from '../src/app.js';
import { readConfig } from '../src/config.js';
import type { ChallengeDoc } from '../src/store/challenge-doc.js';
import type { StartupDoc } from '../src/store/startup-store.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const entries = arg('entries', 100);
const seconds = arg('seconds', 5);
const connections = arg('connections', 10);
const rounds = arg('rounds', 3);
const LOG_LEVEL = 'error';

const base = uniqueName('bench-shortlist');
const config = readConfig({
  ...process.env,
  MONGO_DB: base.replace(/[^A-Za-z0-9_-]/g, '_'),
  CHALLENGES_TOPIC: `${base}-challenges`,
  STARTUPS_TOPIC: `${base}-startups`,
  MATCHING_TOPIC: `${base}-matching`,
  CONSUMER_GROUP: `${base}-group`,
  REPLICA_ID: 'bench',
  LOG_LEVEL,
});

// A published challenge with a full shortlist, written as matching's read model holds it.
const mongo = await new MongoClient(config.MONGO_URL).connect();
const db = mongo.db(config.MONGO_DB);
const orgId = 'bench-org';
const challengeId = 'bench-challenge';
const startups: StartupDoc[] = Array.from({ length: entries }, (_, i) => ({
  _id: `bench-startup-${i}`,
  version: 1,
  active: true,
  name: `Bench Startup ${i}`,
  sectors: ['Waste management', 'Recycling'],
  country: 'TR',
  city: 'İstanbul',
  languages: ['tr', 'en'],
  preferredLanguage: 'tr',
  stage: 'mvp',
  updatedAt: new Date(),
}));
await db.collection<StartupDoc>('startups').insertMany(startups);
const challenge: ChallengeDoc = {
  _id: challengeId,
  version: 1,
  status: 'published',
  orgId,
  orgName: 'Bench Municipality',
  title: 'Smart waste collection',
  sectors: ['Waste management', 'Recycling'],
  city: 'İstanbul',
  country: 'TR',
  language: 'tr',
  deadline: null,
  shortlist: startups.map((s, i) => ({
    startupId: s._id,
    score: 1 - i / 1000,
    rank: i + 1,
    reasons: exampleData('match.found').reasons,
  })),
  shortlistVersion: 1,
  announced: startups.map((s) => s._id),
  updatedAt: new Date(),
  outbox: [],
  outboxPending: false,
  outboxSeq: 0,
} as unknown as ChallengeDoc;
await db.collection<ChallengeDoc>('challenges').insertOne(challenge);

const app = await buildApp({ config });
await app.listen({ port: 0, host: '127.0.0.1' });
const token = await mintToken({ role: 'municipality', org: orgId });
const headers = { authorization: `Bearer ${token}` };
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const path = `/challenges/${challengeId}/shortlist`;
const first = await fetch(`${appUrl}${path}`, { headers });
if (first.status !== 200) throw new Error(`shortlist: ${first.status} ${await first.text()}`);
const body = await first.json();
const bytes = JSON.stringify(body).length;

// The bare route: same Fastify, same logger settings, the same JSON, nothing else.
const bare: FastifyInstance = Fastify({ logger: loggerOptions('bench-bare', LOG_LEVEL) });
bare.get('/challenges/:id/shortlist', async () => body);
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;

async function load(url: string, duration: number) {
  const result = await autocannon({ url: `${url}${path}`, headers, connections, duration });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

await load(bareUrl, 1);
await load(appUrl, 1);
type Round = { rps: number; p99: number };
const results: { bare: Round[]; app: Round[] } = { bare: [], app: [] };
for (let round = 1; round <= rounds; round++) {
  for (const [label, url] of [
    ['bare', bareUrl],
    ['app', appUrl],
  ] as const) {
    const r = await load(url, seconds);
    results[label].push(r);
    console.log(`${label.padEnd(5)} round ${round}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms`);
  }
}
const median = (xs: Round[]) =>
  [...xs].sort((a, b) => a.rps - b.rps)[Math.floor(xs.length / 2)] ?? { rps: 0, p99: 0 };
const [bareMedian, appMedian] = [median(results.bare), median(results.app)];

await bare.close();
await app.close();
await db.dropDatabase().catch(() => undefined);
await mongo.close();

console.log(
  JSON.stringify({
    entries,
    response_bytes: bytes,
    connections,
    seconds,
    rounds,
    bare_rps: Math.round(bareMedian.rps),
    bare_p99_ms: bareMedian.p99,
    shortlist_rps: Math.round(appMedian.rps),
    shortlist_p99_ms: appMedian.p99,
    ratio: Number((appMedian.rps / bareMedian.rps).toFixed(3)),
    load_avg: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  }),
);
