import { mintToken, serverUrls, uniqueName } from '@citymatch/service-kit';
import { freePort, ServiceProcess, testDatabase, waitUntil } from '@citymatch/testkit';
import t from 'tap';
import { e2eLogDir } from './helpers/log-dir.js';
import { emailsTo } from './helpers/mailpit.js';

// The four services as real processes on the real servers, on topics, databases and consumer
// groups of this run's own; everything below goes through their HTTP APIs (and Mailpit's).

type Lang = 'en' | 'tr' | 'fa' | 'ar';
const run = uniqueName('e2e');
const topics = {
  CHALLENGES_TOPIC: `${run}-challenges`,
  STARTUPS_TOPIC: `${run}-startups`,
  MATCHING_TOPIC: `${run}-matching`,
};
const common = {
  ...topics,
  LOG_LEVEL: 'warn',
  OUTBOX_POLL_MS: '50',
  SMTP_URL: serverUrls().smtpUrl,
  KAFKAJS_NO_PARTITIONER_WARNING: '1',
};

const names = ['challenges', 'startups', 'matching', 'notifications'] as const;
const services = {} as Record<(typeof names)[number], ServiceProcess>;
async function startAll() {
  for (const name of names) {
    const { name: db } = await testDatabase(t, `${run}-${name}`);
    services[name] = new ServiceProcess(
      name,
      await freePort(),
      {
        ...common,
        MONGO_DB: db,
        CONSUMER_GROUP: `${run}-${name}`,
        REPLICA_ID: 'e2e',
        RATE_LIMIT_NAMESPACE: `${run}-rl-${name}:`,
        SEND_INITIAL_BACKOFF_MS: '500',
      },
      e2eLogDir,
    );
  }
  await Promise.all(Object.values(services).map((s) => s.start(180_000)));
}
t.teardown(async () => {
  for (const s of Object.values(services)) await s.stop();
});

const admin = await mintToken({ role: 'admin' });
const orgId = `${run}-org`;
const orgToken = await mintToken({ role: 'municipality', org: orgId });

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
  return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

/** Register a startup through the startups API; its address is unique to this run. */
async function registerStartup(key: string, lang: Lang, sectors: string[]) {
  const id = `${run}-${key}`;
  const email = `${id}@e2e.citymatch.example`;
  const token = await mintToken({ role: 'startup', startup: id });
  const res = await call('POST', `${services.startups.url}/startups`, token, {
    id,
    name: `E2E ${key}`,
    description: sectors.join(', '),
    sectors,
    country: 'TR',
    city: 'İstanbul',
    languages: [lang],
    preferredLanguage: lang,
    stage: 'mvp',
    contactEmail: email,
    notificationPreference: 'each_match',
  });
  if (res.status !== 201)
    throw new Error(`register ${id}: ${res.status} ${JSON.stringify(res.json)}`);
  return { id, email, lang };
}

async function publishChallenge(title: string): Promise<string> {
  const created = await call(
    'POST',
    `${services.challenges.url}/organisations/${orgId}/challenges`,
    orgToken,
    {
      title,
      description: 'Akıllı atık toplama ve geri dönüşüm',
      sectors: ['Atık yönetimi', 'Geri dönüşüm'],
      city: 'İstanbul',
      country: 'TR',
      language: 'tr',
      deadline: null,
      contactEmail: 'innovation@marmara.example',
    },
  );
  if (created.status !== 201) throw new Error(`challenge: ${created.status}`);
  const id = created.json.id as string;
  const published = await call(
    'POST',
    `${services.challenges.url}/challenges/${id}/publish`,
    orgToken,
  );
  if (published.status !== 200) throw new Error(`publish: ${published.status}`);
  return id;
}

interface Entry {
  startupId: string;
  reasons: unknown[];
}
async function shortlist(challengeId: string): Promise<Entry[]> {
  const res = await call(
    'GET',
    `${services.matching.url}/challenges/${challengeId}/shortlist`,
    orgToken,
  );
  return res.status === 200 ? ((res.json.entries as Entry[] | undefined) ?? []) : [];
}

async function waitForEmails(startups: { email: string }[], timeoutMs: number, count = 1) {
  let counts: number[] = [];
  await waitUntil(
    async () => {
      counts = await Promise.all(startups.map(async (s) => (await emailsTo(s.email)).length));
      return counts.every((c) => c >= count);
    },
    {
      timeoutMs,
      intervalMs: 1000,
      what: () => `${count} email(s) each (counts ${counts.join(',')})`,
    },
  );
}

const waste: Record<Lang, string[]> = {
  tr: ['Atık yönetimi', 'Geri dönüşüm'],
  fa: ['مدیریت پسماند', 'بازیافت'],
  ar: ['إدارة النفايات', 'إعادة التدوير'],
  en: ['Waste management', 'Recycling'],
};
const langs: Lang[] = ['tr', 'fa', 'ar', 'en'];

const matched: { id: string; email: string; lang: Lang }[] = [];
let unrelated: { id: string; email: string; lang: Lang };
let first: string;
t.before(async () => {
  await startAll();
  const org = await call('POST', `${services.challenges.url}/organisations`, admin, {
    id: orgId,
    kind: 'municipal_union',
    name: 'Marmara Belediyeler Birliği (e2e)',
    country: 'TR',
    city: 'İstanbul',
    languages: ['tr', 'en'],
  });
  if (org.status !== 201) throw new Error(`organisation: ${org.status}`);
  matched.push(...(await Promise.all(langs.map((l) => registerStartup(`a-${l}`, l, waste[l])))));
  unrelated = await registerStartup('a-tourism', 'en', ['Tourism', 'Cultural heritage & museums']);
  first = await publishChallenge('Akıllı atık toplama (e2e)');
});

t.test(
  'the shortlist has the startups with reasons; one email each, in its language',
  async (t) => {
    let entries: Entry[] = [];
    await waitUntil(
      async () => {
        entries = await shortlist(first);
        return matched.every((s) => entries.some((e) => e.startupId === s.id));
      },
      {
        timeoutMs: 60_000,
        intervalMs: 500,
        what: () => `4 startups on the shortlist (${entries.length})`,
      },
    );
    for (const s of matched) {
      const entry = entries.find((e) => e.startupId === s.id);
      t.ok(entry && entry.reasons.length > 0, `${s.lang} startup is shortlisted with reasons`);
    }
    t.notOk(
      entries.some((e) => e.startupId === unrelated.id),
      'the tourism startup is not shortlisted',
    );
    await waitForEmails(matched, 90_000);
    for (const s of matched) {
      const emails = await emailsTo(s.email);
      t.equal(emails.length, 1, `${s.lang}: exactly one email`);
      t.equal(emails[0]?.language, s.lang, `${s.lang}: the email is in its language`);
    }
    t.same(await emailsTo(unrelated.email), [], 'no email to the unrelated startup');
  },
);

t.test('closing the challenge: nothing more is sent', async (t) => {
  const closed = await call(
    'POST',
    `${services.challenges.url}/challenges/${first}/close`,
    orgToken,
    {
      reason: 'e2e',
    },
  );
  t.equal(closed.status, 200, 'closed');
  await waitUntil(async () => (await shortlist(first)).length === 0, {
    timeoutMs: 30_000,
    intervalMs: 500,
    what: () => 'the closed challenge to empty its shortlist',
  });
  const late = await registerStartup('late-tr', 'tr', waste.tr);
  await new Promise((r) => setTimeout(r, 10_000));
  t.same(
    await emailsTo(late.email),
    [],
    'a matching startup registered after closing gets no email',
  );
  for (const s of matched)
    t.equal((await emailsTo(s.email)).length, 1, `${s.lang}: still one email`);
});

t.test('SIGTERM each service in turn mid-flow: still exactly one email per match', async (t) => {
  const second = await publishChallenge('Geri dönüşüm istasyonları (e2e)');
  const later: { id: string; email: string; lang: Lang }[] = [];
  for (const name of names) {
    const batch = await Promise.all(
      langs.map((lang) => registerStartup(`b-${name}-${lang}`, lang, waste[lang])),
    );
    later.push(...batch);
    await services[name].restart(); // SIGTERM while the batch is in flight, then start again
    t.pass(`${name} stopped and started again`);
  }
  let entries: Entry[] = [];
  await waitUntil(
    async () => {
      entries = await shortlist(second);
      return later.every((s) => entries.some((e) => e.startupId === s.id));
    },
    {
      timeoutMs: 90_000,
      intervalMs: 1000,
      what: () => `${later.length} startups on the shortlist (${entries.length})`,
    },
  );
  t.ok(
    matched.every((s) => entries.some((e) => e.startupId === s.id)),
    'the earlier startups are on the second shortlist too',
  );
  await waitForEmails(later, 120_000);
  await new Promise((r) => setTimeout(r, 5_000)); // a duplicate would show up by now
  for (const s of later) {
    const emails = await emailsTo(s.email);
    t.equal(emails.length, 1, `${s.id}: exactly one email`);
    t.equal(emails[0]?.language, s.lang, `${s.id}: in ${s.lang}`);
  }
  await waitForEmails(matched, 60_000, 2);
  for (const s of matched) {
    t.equal((await emailsTo(s.email)).length, 2, `${s.id}: one email per match (two challenges)`);
  }
});
