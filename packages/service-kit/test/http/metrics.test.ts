import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { outboxMetrics } from '../../src/delivery-metrics.js';

async function buildApp(service: string) {
  const app = await createApp({ service, logger: false });
  app.get<{ Params: { id: string } }>('/items/:id', async (req) => ({ id: req.params.id }));
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  return app;
}

/** The sample line of `name` whose labels include every one of `labels`. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text
    .split('\n')
    .find(
      (l) =>
        l.startsWith(`${name}{`) &&
        Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

t.test('request duration histogram by route pattern, method and status', async (t) => {
  const app = await buildApp('metrics-a');
  t.teardown(() => app.close());
  await app.inject({ url: '/items/1' });
  await app.inject({ url: '/items/2' });
  await app.inject({ url: '/boom' });
  await app.inject({ url: '/no/such/route/123' });

  const res = await app.inject({ url: '/metrics' });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^text\/plain; version=0\.0\.4/);
  const text = res.body;
  t.match(text, /# TYPE http_request_duration_seconds histogram/);
  const count = (route: string, status: string) =>
    sample(text, 'http_request_duration_seconds_count', {
      method: 'GET',
      route,
      status_code: status,
      service: 'metrics-a',
    });
  t.equal(count('/items/:id', '200'), 2, 'two requests to one route pattern: one series');
  t.equal(count('/boom', '500'), 1);
  t.equal(count('unmatched', '404'), 1, 'unknown paths share one series');
  t.notMatch(text, /route="\/items\/1"/, 'raw paths never become labels');
  t.match(text, /process_cpu_user_seconds_total\{service="metrics-a"\}/, 'process metrics');
  t.match(text, /nodejs_eventloop_lag_seconds/);
});

t.test('gauges read at scrape time and counters, on the app registry', async (t) => {
  const app = await buildApp('metrics-b');
  t.teardown(() => app.close());
  let backlog = 7;
  app.metrics.gauge({
    name: 'outbox_backlog',
    help: 'Events written and not yet published',
    collect: (g) => g.set(backlog),
  });
  app.metrics.gauge({
    name: 'consumer_lag',
    help: 'Messages behind the head, per topic',
    labelNames: ['topic'],
    collect: async (g) => {
      await new Promise((r) => setTimeout(r, 1));
      g.set({ topic: 'challenges.v1' }, 3);
    },
  });
  const sent = app.metrics.counter({
    name: 'emails_sent_total',
    help: 'Emails sent',
    labelNames: ['language'],
  });
  sent.inc({ language: 'fa' });
  sent.inc({ language: 'fa' });

  let text = (await app.inject({ url: '/metrics' })).body;
  t.equal(sample(text, 'outbox_backlog', { service: 'metrics-b' }), 7);
  t.equal(sample(text, 'consumer_lag', { topic: 'challenges.v1' }), 3);
  t.equal(sample(text, 'emails_sent_total', { language: 'fa' }), 2);
  backlog = 0;
  text = (await app.inject({ url: '/metrics' })).body;
  t.equal(sample(text, 'outbox_backlog', { service: 'metrics-b' }), 0, 'read again on scrape');
});

t.test(
  'outboxMetrics: the backlog read at scrape, kept when the read fails; events published',
  async (t) => {
    const app = await buildApp('metrics-outbox');
    t.teardown(() => app.close());
    let read: () => Promise<number> = async () => 12;
    const { onPublished } = outboxMetrics(app.metrics, 'deliveries', () => read());
    const scrape = async () => (await app.inject({ url: '/metrics' })).body;
    let text = await scrape();
    t.equal(sample(text, 'outbox_backlog', { stream: 'deliveries' }), 12);
    t.equal(
      sample(text, 'outbox_events_published_total', { stream: 'deliveries' }),
      0,
      'exists at 0',
    );
    onPublished(5);
    onPublished(3);
    read = async () => {
      throw new Error('mongo away');
    };
    const res = await app.inject({ url: '/metrics' });
    t.equal(res.statusCode, 200, 'a failed read does not fail the scrape');
    text = res.body;
    t.equal(sample(text, 'outbox_backlog', { stream: 'deliveries' }), 12, 'last value kept');
    t.equal(sample(text, 'outbox_events_published_total', { stream: 'deliveries' }), 8);
  },
);

t.test('two apps in one process keep separate registries', async (t) => {
  const one = await buildApp('metrics-one');
  const two = await buildApp('metrics-two');
  t.teardown(() => Promise.all([one.close(), two.close()]));
  one.metrics.gauge({ name: 'dlq_size', help: 'DLQ size', collect: (g) => g.set(1) });
  two.metrics.gauge({ name: 'dlq_size', help: 'DLQ size', collect: (g) => g.set(2) });
  await one.inject({ url: '/items/1' });
  const textOne = (await one.inject({ url: '/metrics' })).body;
  const textTwo = (await two.inject({ url: '/metrics' })).body;
  t.equal(sample(textOne, 'dlq_size', {}), 1);
  t.equal(sample(textTwo, 'dlq_size', {}), 2);
  t.notMatch(textTwo, /route="\/items\/:id"/, "the other app's requests are not counted here");
  t.notMatch(textTwo, /metrics-one/);
});
