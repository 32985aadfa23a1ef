import { decodeEvent, matchIdFor, Topics } from '@citymatch/events';
import { metricValue, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { privateMailpit } from './helpers/private-mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

// Each test gets a Mailpit of its own: its chaos switch makes the SMTP server refuse
// recipients without touching the shared server.

t.test(
  'SMTP answering 550 → retried, then notification.failed with the reply, no more tries',
  async (t) => {
    const smtp = await privateMailpit(t);
    await smtp.client.chaosRecipient(550);
    const { app, topics } = await testService(t, { SMTP_URL: smtp.smtpUrl, SEND_ATTEMPTS: '3' });
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.notifications);
    const registered = startupRegistered({ preferredLanguage: 'en' });
    const { startupId, contactEmail } = registered.data;
    await kafka.send(topics.startups, [registered]);
    const match = matchFound(startupId, { language: 'en' });
    await kafka.send(topics.matching, [match]);

    const [failed] = (await watch.waitFor(startupId, 1, 45_000)).map(decodeEvent);
    t.equal(failed!.type, 'notification.failed');
    t.match(failed!.data, {
      challengeId: match.data.challengeId,
      startupId,
      attempts: 3,
      channel: 'email',
    });
    t.match((failed!.data as { error: string }).error, /^550\b/, 'the SMTP reply');

    // the server recovers: the failed email is not tried again
    await smtp.client.chaosRecipient(null);
    await new Promise((r) => setTimeout(r, 3000));
    const record = await app.notifications.deliveries.get(
      matchIdFor(match.data.challengeId, startupId),
    );
    t.match(record, { state: 'failed', attempts: 3 });
    t.same(await smtp.client.to(contactEmail), [], 'no email');
    t.equal(watch.keyed(startupId).length, 1, 'one event');
    t.equal(await metricValue(app, 'emails_failed_total'), 1);
    t.equal(await metricValue(app, 'email_delivery_outcomes_total', { outcome: 'retry' }), 2);
  },
);

t.test('SMTP answering 451 (temporary) → retried until it accepts, then one email', async (t) => {
  const smtp = await privateMailpit(t);
  await smtp.client.chaosRecipient(451);
  const { app, topics } = await testService(t, {
    SMTP_URL: smtp.smtpUrl,
    SEND_ATTEMPTS: '10',
    SEND_INITIAL_BACKOFF_MS: '300',
    SEND_MAX_BACKOFF_MS: '1000',
  });
  const kafka = await kafkaProducer(t);
  const registered = startupRegistered({ preferredLanguage: 'en' });
  const { startupId, contactEmail } = registered.data;
  await kafka.send(topics.startups, [registered]);
  const match = matchFound(startupId, { language: 'en' });
  await kafka.send(topics.matching, [match]);

  const id = matchIdFor(match.data.challengeId, startupId);
  await waitUntil(async () => ((await app.notifications.deliveries.get(id))?.attempts ?? 0) >= 2, {
    timeoutMs: 30_000,
    what: () => 'two refused tries',
  });
  t.match((await app.notifications.deliveries.get(id))?.lastError, /^451\b/);
  await smtp.client.chaosRecipient(null);
  await smtp.client.waitFor(contactEmail, 1, 30_000);
  await new Promise((r) => setTimeout(r, 1500));
  t.equal((await smtp.client.to(contactEmail)).length, 1, 'one email');
  t.match(await app.notifications.deliveries.get(id), { state: 'sent' });
});
