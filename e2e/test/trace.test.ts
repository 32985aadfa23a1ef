import { startTelemetry } from '@citymatch/service-kit/telemetry';
import { SpanKind } from '@opentelemetry/api';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import t from 'tap';

// One trace from the HTTP request to the SMTP send. Telemetry starts BEFORE the services'
// modules are imported (as in their main.ts), so http, Fastify, Mongo and Redis are patched; the
// four apps then run in this process on the real servers, with topics, databases and consumer
// groups of this run's own, and every finished span lands in memory.
const exporter = new InMemorySpanExporter();
const processor = new SimpleSpanProcessor(exporter);
const telemetry = startTelemetry({ serviceName: 'e2e-trace', spanProcessor: processor });

/** A Fastify app (type only: nothing is loaded before telemetry starts). */
type FastifyInstance = Awaited<ReturnType<typeof import('@citymatch/challenges/app').buildApp>>;

const { loggerOptions, mintToken, serverUrls, uniqueName } = await import('@citymatch/service-kit');
const { metricValue, testDatabase, waitUntil } = await import('@citymatch/testkit');
const { emailsTo } = await import('./helpers/mailpit.js');
const challengesService = {
  ...(await import('@citymatch/challenges/app')),
  ...(await import('@citymatch/challenges/config')),
};
const startupsService = {
  ...(await import('@citymatch/startups/app')),
  ...(await import('@citymatch/startups/config')),
};
const matchingService = {
  ...(await import('@citymatch/matching/app')),
  ...(await import('@citymatch/matching/config')),
};
const notificationsService = {
  ...(await import('@citymatch/notifications/app')),
  ...(await import('@citymatch/notifications/config')),
};

const run = uniqueName('trace');
const topics = {
  CHALLENGES_TOPIC: `${run}-challenges`,
  STARTUPS_TOPIC: `${run}-startups`,
  MATCHING_TOPIC: `${run}-matching`,
};
const groups = { matching: `${run}-matching`, notifications: `${run}-notifications` };

async function envFor(name: string, more: Record<string, string> = {}) {
  const { name: db } = await testDatabase(t, `${run}-${name}`);
  return {
    ...process.env,
    ...topics,
    MONGO_DB: db,
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '50',
    RATE_LIMIT_NAMESPACE: `${run}-rl-${name}:`,
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    ...more,
  };
}

/** JSON log lines of a service, as it would write them to stdout. */
const logs: Record<string, Record<string, unknown>[]> = {};
function capturedLogger(service: string) {
  const lines: Record<string, unknown>[] = [];
  logs[service] = lines;
  return {
    ...loggerOptions(service, 'info'),
    stream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  };
}

const apps: FastifyInstance[] = [];
t.teardown(async () => {
  for (const app of apps.reverse()) await app.close().catch(() => undefined);
  await telemetry.shutdown();
});
async function started(app: FastifyInstance) {
  apps.push(app);
  await app.ready();
  return app;
}

const challenges = await started(
  await challengesService.buildApp({
    config: challengesService.readConfig(await envFor('challenges')),
    logger: capturedLogger('challenges'),
  }),
);
const startups = await started(
  await startupsService.buildApp({
    config: startupsService.readConfig(await envFor('startups')),
    logger: false,
  }),
);
const matching = await started(
  await matchingService.buildApp({
    config: matchingService.readConfig(
      await envFor('matching', { CONSUMER_GROUP: groups.matching, REPLICA_ID: 'trace' }),
    ),
    logger: false,
  }),
);
const notifications = await started(
  await notificationsService.buildApp({
    config: notificationsService.readConfig(
      await envFor('notifications', {
        CONSUMER_GROUP: groups.notifications,
        SMTP_URL: serverUrls().smtpUrl,
        SEND_POLL_MS: '50',
      }),
    ),
    logger: capturedLogger('notifications'),
  }),
);

async function call(
  app: FastifyInstance,
  method: 'POST',
  url: string,
  token: string,
  body?: object,
) {
  const res = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { payload: body }),
  });
  return { status: res.statusCode, json: res.json() as Record<string, unknown> };
}

const attr = (s: ReadableSpan, name: string) => s.attributes[name];

/** Every ancestor of `span` among `spans` (parent first): where the chain breaks, it stops. */
function ancestors(span: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  const chain: ReadableSpan[] = [];
  let parent = span.parentSpanContext?.spanId;
  while (parent) {
    const next = byId.get(parent);
    if (!next) break;
    chain.push(next);
    parent = next.parentSpanContext?.spanId;
  }
  return chain;
}

t.test('one trace runs from the POST to the SMTP send', async (t) => {
  const orgId = `${run}-org`;
  const admin = await mintToken({ role: 'admin' });
  const org = await call(challenges, 'POST', '/organisations', admin, {
    id: orgId,
    kind: 'municipal_union',
    name: 'Kadıköy Belediyesi (trace)',
    country: 'TR',
    city: 'İstanbul',
    languages: ['tr', 'en'],
  });
  t.equal(org.status, 201, 'organisation created');

  const startupId = `${run}-startup`;
  const email = `${startupId}@trace.citymatch.example`;
  const registered = await call(
    startups,
    'POST',
    '/startups',
    await mintToken({ role: 'startup', startup: startupId }),
    {
      id: startupId,
      name: 'Trace Recycling',
      description: 'Atık yönetimi, geri dönüşüm',
      sectors: ['Atık yönetimi', 'Geri dönüşüm'],
      country: 'TR',
      city: 'İstanbul',
      languages: ['tr'],
      preferredLanguage: 'tr',
      stage: 'mvp',
      contactEmail: email,
      notificationPreference: 'each_match',
    },
  );
  t.equal(registered.status, 201, 'startup registered');
  // matching and notifications know the startup first, so the match comes from the challenge
  await waitUntil(
    async () =>
      matching.matching.index.has(startupId) &&
      (await notifications.notifications.startups.get(startupId)) !== null,
    {
      timeoutMs: 60_000,
      intervalMs: 200,
      what: () => 'the startup to reach matching and notifications',
    },
  );

  const orgToken = await mintToken({ role: 'municipality', org: orgId });
  const created = await call(challenges, 'POST', `/organisations/${orgId}/challenges`, orgToken, {
    title: 'Akıllı atık toplama (trace)',
    description: 'Akıllı atık toplama ve geri dönüşüm',
    sectors: ['Atık yönetimi', 'Geri dönüşüm'],
    city: 'İstanbul',
    country: 'TR',
    language: 'tr',
    deadline: null,
    contactEmail: 'innovation@kadikoy.example',
  });
  t.equal(created.status, 201, 'challenge created');
  const challengeId = created.json.id as string;
  const published = await call(challenges, 'POST', `/challenges/${challengeId}/publish`, orgToken);
  t.equal(published.status, 200, 'challenge published');

  await waitUntil(async () => (await emailsTo(email)).length > 0, {
    timeoutMs: 90_000,
    intervalMs: 500,
    what: () => `the match email to ${email}`,
  });

  let spans: ReadableSpan[] = [];
  const find = {
    request: (s: ReadableSpan) =>
      s.kind === SpanKind.SERVER && attr(s, 'http.route') === '/challenges/:id/publish',
    publishedSend: (s: ReadableSpan) =>
      s.kind === SpanKind.PRODUCER &&
      attr(s, 'cloudevents.event_type') === 'challenge.published' &&
      attr(s, 'messaging.kafka.message.key') === challengeId,
    matchingProcess: (s: ReadableSpan) =>
      s.kind === SpanKind.CONSUMER &&
      attr(s, 'cloudevents.event_type') === 'challenge.published' &&
      attr(s, 'messaging.consumer.group.name') === groups.matching,
    matchSend: (s: ReadableSpan) =>
      s.kind === SpanKind.PRODUCER &&
      attr(s, 'cloudevents.event_type') === 'match.found' &&
      attr(s, 'messaging.destination.name') === topics.MATCHING_TOPIC,
    notificationsProcess: (s: ReadableSpan) =>
      s.kind === SpanKind.CONSUMER &&
      attr(s, 'cloudevents.event_type') === 'match.found' &&
      attr(s, 'messaging.consumer.group.name') === groups.notifications,
    smtpSend: (s: ReadableSpan) =>
      s.kind === SpanKind.CLIENT &&
      s.name === 'smtp send' &&
      attr(s, 'citymatch.startup.id') === startupId,
    sentSend: (s: ReadableSpan) =>
      s.kind === SpanKind.PRODUCER && attr(s, 'cloudevents.event_type') === 'notification.sent',
  };
  const steps = Object.keys(find) as (keyof typeof find)[];
  // the email is in Mailpit before the span of its send ends, and notification.sent goes later
  await waitUntil(
    async () => {
      await processor.forceFlush();
      spans = exporter.getFinishedSpans();
      return steps.every((step) => spans.some(find[step]));
    },
    {
      timeoutMs: 30_000,
      intervalMs: 200,
      what: () => `spans of ${steps.filter((s) => !spans.some(find[s])).join(', ')}`,
    },
  );

  const request = spans.find(find.request) as ReadableSpan;
  const traceId = request.spanContext().traceId;
  const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
  const chain = steps.map((step) => ({ step, span: inTrace.find(find[step]) }));
  for (const { step, span } of chain) t.ok(span, `${step}: a span in the request's trace`);
  for (let i = 1; i < chain.length; i++) {
    const { step, span } = chain[i] as (typeof chain)[number];
    const previous = chain[i - 1] as (typeof chain)[number];
    if (!span || !previous.span) continue;
    t.ok(
      ancestors(span, inTrace).includes(previous.span),
      `${step} descends from ${previous.step}`,
    );
  }
  const [, publishedSend, matchingProcess, matchSend, notificationsProcess] = chain.map(
    (c) => c.span,
  );
  const childOf = (child?: ReadableSpan, parent?: ReadableSpan) =>
    !!child && !!parent && child.parentSpanContext?.spanId === parent.spanContext().spanId;
  t.ok(
    childOf(matchingProcess, publishedSend),
    'the Kafka hop: matching processes as a child of the send',
  );
  t.ok(
    childOf(notificationsProcess, matchSend),
    'the Kafka hop: notifications processes as a child of the send',
  );
  const smtp = chain.find((c) => c.step === 'smtpSend')?.span;
  t.equal(smtp?.attributes['citymatch.email.language'], 'tr', 'the send records the language');
  t.notOk(
    JSON.stringify(inTrace.map((s) => s.attributes)).includes(email),
    'no span records the email address',
  );

  // JSON logs lead to the trace: the request's lines and the delivery's
  const publishLine = logs.challenges?.find(
    (l) => l.msg === 'request completed' && l.trace_id === traceId,
  );
  t.ok(publishLine, 'the publish request’s log line carries the trace id');
  const sentLine = logs.notifications?.find((l) => l.msg === 'email sent');
  t.equal(sentLine?.trace_id, traceId, 'the “email sent” line carries the trace id');
  t.equal(sentLine?.span_id, smtp?.spanContext().spanId, '… and the SMTP send’s span id');
  t.notOk(
    Object.values(logs).some((lines) => JSON.stringify(lines).includes(email)),
    'no log line has the email address',
  );
});

t.test('each service’s /metrics has what ops watch', async (t) => {
  const has = async (app: FastifyInstance, name: string, labels: Record<string, string> = {}) => {
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    const labelled = Object.entries(labels)
      .map(([k, v]) => `(?=[^}]*${k}="${v}")`)
      .join('');
    return new RegExp(`^${name}\\{${labelled}[^}]*\\} [0-9.e+-]+$`, 'm').test(body);
  };
  for (const [name, app] of Object.entries({ challenges, startups, matching, notifications }))
    t.ok(await has(app, 'outbox_backlog'), `${name}: outbox_backlog`);
  for (const [name, app, group] of [
    ['matching', matching, groups.matching],
    ['notifications', notifications, groups.notifications],
  ] as const) {
    t.ok(
      await has(app, 'consumer_lag_messages', { group, topic: topics.CHALLENGES_TOPIC }),
      `${name}: consumer lag of its group`,
    );
    t.ok(
      await has(app, 'dlq_messages', { topic: `${topics.CHALLENGES_TOPIC}.dlq` }),
      `${name}: DLQ size`,
    );
  }
  t.equal(
    await metricValue(notifications, 'emails_sent_total', { kind: 'match' }),
    1,
    'emails_sent_total counts the email',
  );
  t.ok(await has(notifications, 'emails_failed_total', { kind: 'match' }), 'emails_failed_total');
  t.equal(await metricValue(notifications, 'emails_failed_total'), 0, 'no email failed');
});
