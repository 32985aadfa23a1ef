import { createEvent, decodeEvent, Topics } from '@citymatch/events';
import { consumerLag, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered, startupUpdated } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

t.test('a match that overtakes the registration waits for it, then goes out once', async (t) => {
  const { topics } = await testService(t);
  const kafka = await kafkaProducer(t);
  const mail = mailpit();
  const registered = startupRegistered({ preferredLanguage: 'tr' });
  const { startupId, contactEmail } = registered.data;
  await kafka.send(topics.matching, [matchFound(startupId, { language: 'tr' })]);
  await new Promise((r) => setTimeout(r, 3000));
  t.same(await mail.to(contactEmail), [], 'nothing before the startup is known');
  await kafka.send(topics.startups, [registered]);
  await mail.waitFor(contactEmail, 1, 30_000);
  await new Promise((r) => setTimeout(r, 1000));
  t.equal((await mail.to(contactEmail)).length, 1);
});

t.test('newer profile versions win; a deactivated startup gets no more mail', async (t) => {
  const { app, topics, config } = await testService(t);
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.notifications);
  const mail = mailpit();
  const v1 = startupRegistered({ preferredLanguage: 'en' });
  const { startupId } = v1.data;
  const v2 = startupUpdated({
    ...v1.data,
    version: 2,
    preferredLanguage: 'ar',
    contactEmail: `${startupId}-new@test.citymatch.example`,
  });
  const { startups } = app.notifications;
  const emailNow = async () => (await startups.get(startupId))?.email;
  await kafka.send(topics.startups, [v1, v2]);
  await waitUntil(async () => (await emailNow()) === v2.data.contactEmail, {
    timeoutMs: 30_000,
    what: () => 'the v2 profile in the read model',
  });
  // v1 arrives again after v2 (a replay), and is consumed before the match: v2 stays. (A match
  // read while only v1 was stored would rightly go to v1's address, so the test orders them.)
  await kafka.send(topics.startups, [startupRegistered({ ...v1.data })]);
  await waitUntil(async () => (await consumerLag(config.CONSUMER_GROUP, [topics.startups])) === 0, {
    timeoutMs: 30_000,
    what: () => 'the replay consumed',
  });
  t.equal(await emailNow(), v2.data.contactEmail, 'the replayed v1 changed nothing');
  await kafka.send(topics.matching, [matchFound(startupId, { language: 'en' })]);
  const [summary] = await mail.waitFor(v2.data.contactEmail, 1, 45_000);
  t.match(summary!.Subject, /[\u0600-\u06FF]/, 'in Arabic, the newer profile’s language');
  t.same(await mail.to(v1.data.contactEmail), [], 'not to the old address');

  await kafka.send(topics.startups, [
    createEvent('startup.deactivated', {
      data: { startupId, version: 3, occurredAt: new Date().toISOString() },
    }),
  ]);
  const later = matchFound(startupId);
  // wait until the deactivation is in the read model, then match again
  await waitUntil(async () => (await startups.get(startupId))?.active === false, {
    timeoutMs: 20_000,
    intervalMs: 200,
    what: () => 'the deactivation in the read model',
  });
  await kafka.send(topics.matching, [later]);
  const events = (await watch.waitFor(startupId, 2, 30_000)).map(decodeEvent);
  t.equal(events[1]!.type, 'notification.suppressed');
  t.match(events[1]!.data, { challengeId: later.data.challengeId, reason: 'startup_inactive' });
  t.equal((await mail.to(v2.data.contactEmail)).length, 1, 'no mail after deactivation');
});
