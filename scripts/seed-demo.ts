// Load the demo data through the public HTTP APIs only: the organisations of the field, their
// challenges in four languages, ~300 startups generated deterministically from
// scripts/demo-data/. Idempotent: what exists (409, or a challenge with the same title) is kept.
// Then prints where to look. Env: CHALLENGES_URL, STARTUPS_URL, MATCHING_URL,
// NOTIFICATIONS_URL, MAILPIT_API, SEED_STARTUPS (default 300), SEED_WAIT_MS (default 120000).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mintToken } from '../packages/service-kit/src/http/mint-token.js';

type Lang = 'en' | 'tr' | 'fa' | 'ar';
const LANGS: Lang[] = ['tr', 'fa', 'en', 'ar'];

interface Organisation {
  id: string;
  kind: string;
  name: string;
  country: string;
  city: string;
  languages: Lang[];
}
interface ChallengeSeed {
  id: string;
  org: string;
  language: Lang;
  city: string;
  country: string;
  title: string;
  description: string;
  sectors: string[];
}
interface NameParts {
  first: string[];
  second: string[];
  cities: string[];
  country: string;
}

const dataDir = join(dirname(fileURLToPath(import.meta.url)), 'demo-data');
const load = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const organisations = load<Organisation[]>('organisations.json');
const challenges = load<ChallengeSeed[]>('challenges.json');
const phrases = load<Record<Lang, string[]>>('sector-phrases.json');
const names = load<Record<Lang, NameParts>>('startup-names.json');

const env = process.env;
const url = {
  challenges: env.CHALLENGES_URL ?? 'http://127.0.0.1:3101',
  startups: env.STARTUPS_URL ?? 'http://127.0.0.1:3102',
  matching: env.MATCHING_URL ?? 'http://127.0.0.1:3103',
  notifications: env.NOTIFICATIONS_URL ?? 'http://127.0.0.1:3104',
  mailpit: env.MAILPIT_API ?? 'http://127.0.0.1:18025',
};
const startupCount = Number(env.SEED_STARTUPS ?? 300);
const waitMs = Number(env.SEED_WAIT_MS ?? 120_000);
const EMAIL_DOMAIN = 'startup.example';

async function call(
  method: string,
  target: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(target, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : null;
    if ((res.status === 429 || res.status >= 500) && attempt < 8) {
      await sleep(Math.min(500 * 2 ** attempt, 10_000));
      continue;
    }
    return { status: res.status, json };
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function expect(what: string, res: { status: number; json: unknown }, ok: number[]) {
  if (!ok.includes(res.status)) {
    throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.json)}`);
  }
}

/** Deterministic startup `i`: language round-robin, names and sectors picked by index. */
function startupAt(i: number) {
  const lang = LANGS[i % LANGS.length] as Lang;
  const parts = names[lang];
  const k = Math.floor(i / LANGS.length);
  const first = parts.first[k % parts.first.length] as string;
  const second = parts.second[Math.floor(k / parts.first.length) % parts.second.length] as string;
  const list = phrases[lang];
  const sectors = [0, 7, 23]
    .map((step) => list[(k * 5 + i + step * (1 + (k % 3))) % list.length] as string)
    .filter((s, n, all) => all.indexOf(s) === n);
  const id = `demo-${lang}-${String(k).padStart(3, '0')}`;
  const others = LANGS.filter((l) => l !== lang && (i + l.length) % 3 === 0);
  return {
    id,
    name: `${first} ${second}`,
    description: `${first} ${second}: ${sectors.join(', ')}`,
    sectors,
    country: parts.country,
    city: parts.cities[k % parts.cities.length] as string,
    languages: [lang, ...others.slice(0, 1)],
    preferredLanguage: lang,
    stage: (['idea', 'mvp', 'pilot', 'growth', 'scale'] as const)[i % 5],
    contactEmail: `${id}@${EMAIL_DOMAIN}`,
    notificationPreference: 'each_match',
  };
}

async function mailCount(): Promise<number> {
  const q = encodeURIComponent(EMAIL_DOMAIN);
  const res = await fetch(`${url.mailpit}/api/v1/search?query=${q}&limit=1`);
  if (!res.ok) return -1;
  const body = (await res.json()) as { messages_count?: number; total?: number };
  return body.messages_count ?? body.total ?? 0;
}

const admin = await mintToken({ role: 'admin', ttl: '12h' });

// 1. Organisations
let orgsCreated = 0;
for (const org of organisations) {
  const res = await call('POST', `${url.challenges}/organisations`, admin, org);
  expect(`organisation ${org.id}`, res, [201, 409]);
  if (res.status === 201) orgsCreated++;
}

// 2. Challenges: created once as drafts, found again by org + title; published after the
// startups are in, so matching ranks each challenge once rather than re-ranking per startup
let challengesCreated = 0;
const challengeIds = new Map<string, string>();
const drafts: { id: string; token: string }[] = [];
for (const c of challenges) {
  const token = await mintToken({ role: 'municipality', org: c.org, ttl: '12h' });
  const list = await call('GET', `${url.challenges}/challenges?orgId=${c.org}&limit=100`, token);
  expect(`list challenges of ${c.org}`, list, [200]);
  const items = (list.json as { items: { id: string; title: string; status: string }[] }).items;
  let found = items.find((x) => x.title === c.title);
  if (!found) {
    const { id: _seedId, org, ...body } = c;
    const res = await call('POST', `${url.challenges}/organisations/${org}/challenges`, token, {
      ...body,
      deadline: null,
      contactEmail: `innovation@${org}.example`,
    });
    expect(`challenge ${c.id}`, res, [201]);
    found = res.json as { id: string; title: string; status: string };
    challengesCreated++;
  }
  challengeIds.set(c.id, found.id);
  if (found.status === 'draft') drafts.push({ id: found.id, token });
}

// 3. Startups, each with its own token (its own rate-limit bucket)
let startupsCreated = 0;
const queue = Array.from({ length: startupCount }, (_, i) => startupAt(i));
await Promise.all(
  Array.from({ length: 8 }, async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      const token = await mintToken({ role: 'startup', startup: s.id, ttl: '1h' });
      const res = await call('POST', `${url.startups}/startups`, token, s);
      expect(`startup ${s.id}`, res, [201, 409]);
      if (res.status === 201) startupsCreated++;
    }
  }),
);
for (const d of drafts) {
  const res = await call('POST', `${url.challenges}/challenges/${d.id}/publish`, d.token);
  expect(`publish ${d.id}`, res, [200, 409]);
}
console.log(
  `[seed] organisations ${organisations.length} (${orgsCreated} new), challenges ${challenges.length} ` +
    `(${challengesCreated} new), startups ${startupCount} (${startupsCreated} new)`,
);

// 4. Wait for matches to turn into emails: until the count holds still for 10 s
const firstChallenge = challenges[0] as ChallengeSeed;
const shortlistId = challengeIds.get(firstChallenge.id) as string;
const orgToken = await mintToken({ role: 'municipality', org: firstChallenge.org, ttl: '12h' });
const deadline = Date.now() + waitMs;
let emails = await mailCount();
let stableSince = Date.now();
while (Date.now() < deadline) {
  await sleep(2_000);
  const now = await mailCount();
  if (now !== emails) {
    emails = now;
    stableSince = Date.now();
  } else if (emails > 0 && Date.now() - stableSince >= 10_000) break;
}
const shortlist = await call(
  'GET',
  `${url.matching}/challenges/${shortlistId}/shortlist`,
  orgToken,
);
const entries = (shortlist.json as { entries?: unknown[] } | null)?.entries?.length ?? 0;

console.log(`
CityMatch demo data is loaded.
  API docs       ${url.challenges}/docs  ${url.startups}/docs
                 ${url.matching}/docs  ${url.notifications}/docs
  metrics        ${url.challenges}/metrics  ${url.startups}/metrics
                 ${url.matching}/metrics  ${url.notifications}/metrics
  shortlist      "${firstChallenge.title}" (${entries} startups):
    curl -H 'authorization: Bearer ${orgToken}' \\
      ${url.matching}/challenges/${shortlistId}/shortlist
  admin token    pnpm token --role admin   (this one lasts 12 h):
    ${admin}
  caught emails  ${url.mailpit} (Mailpit UI): ${emails} emails to *@${EMAIL_DOMAIN} so far
                 (matching and mailing 300 startups takes minutes on FerretDB; more keep arriving)
  traces         every request, event and email is traced (W3C trace context in Kafka headers);
                 run with OTEL_EXPORTER_OTLP_ENDPOINT=<collector> to export them, or use
                 docker compose, whose Jaeger UI is http://127.0.0.1:16686`);
