import { decodeEvent, matchIdFor, Topics } from '@citymatch/events';
import { serverUrls } from '@citymatch/service-kit';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { flakyProxy } from './helpers/flaky-proxy.js';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

t.test('SMTP down for 30 s, then back → the email arrives, once', async (t) => {
  const smtp = new URL(serverUrls().smtpUrl);
  const proxy = await flakyProxy(t, { host: smtp.hostname, port: Number(smtp.port) });
  const { app, topics } = await testService(t, {
    SMTP_URL: proxy.url,
    SEND_ATTEMPTS: '8',
    SEND_INITIAL_BACKOFF_MS: '1000',
    SEND_MAX_BACKOFF_MS: '8000',
  });
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.notifications);
  const mail = mailpit();
  const registered = startupRegistered({ preferredLanguage: 'fa' });
  const { startupId, contactEmail } = registered.data;

  proxy.down();
  const downAt = Date.now();
  await kafka.send(topics.startups, [registered]);
  const match = matchFound(startupId);
  await kafka.send(topics.matching, [match]);
  const id = matchIdFor(match.data.challengeId, startupId);
  await waitUntil(async () => ((await app.notifications.deliveries.get(id))?.attempts ?? 0) >= 2, {
    timeoutMs: 30_000,
    what: () => 'tries while the server is down',
  });
  await new Promise((r) => setTimeout(r, Math.max(0, 30_000 - (Date.now() - downAt))));
  const triedWhileDown = (await app.notifications.deliveries.get(id))?.attempts ?? 0;
  t.ok(proxy.refused() >= 2, `connections dropped while down (${proxy.refused()})`);
  t.same(await mail.to(contactEmail), [], 'nothing arrived while down');
  proxy.up();

  await mail.waitFor(contactEmail, 1, 30_000);
  const [sent] = (await watch.waitFor(startupId, 1, 20_000)).map(decodeEvent);
  t.equal(sent!.type, 'notification.sent');
  await new Promise((r) => setTimeout(r, 1500));
  t.equal((await mail.to(contactEmail)).length, 1, 'exactly one email');
  t.equal(watch.keyed(startupId).length, 1);
  const record = await app.notifications.deliveries.get(id);
  t.equal(record?.state, 'sent');
  t.ok(
    (record?.attempts ?? 0) > triedWhileDown,
    `retried after the outage (${record?.attempts} tries)`,
  );
});
