import { Topics } from '@citymatch/events';
import { metricValue, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { start, testService } from './helpers/test-app.js';

t.test(
  'the same match.found 1,000 times → still one email and one notification.sent',
  async (t) => {
    const { app, topics, config } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.notifications);
    const mail = mailpit();

    const registered = startupRegistered({ preferredLanguage: 'tr' });
    const { startupId, contactEmail } = registered.data;
    await kafka.send(topics.startups, [registered]);
    const match = matchFound(startupId, { language: 'tr' });
    for (let sent = 0; sent < 1000; sent += 250) {
      await kafka.send(
        topics.matching,
        Array.from({ length: 250 }, () => match),
      );
    }
    // matching publishing the same pair again under new event ids: the record keyed on the pair
    // (not only the event id) stops these
    await kafka.send(topics.matching, [
      matchFound(startupId, { challengeId: match.data.challengeId, language: 'tr' }),
      matchFound(startupId, { challengeId: match.data.challengeId, language: 'tr', rank: 2 }),
    ]);

    await mail.waitFor(contactEmail, 1, 45_000);
    await waitUntil(
      async () =>
        (await metricValue(app, 'consumer_messages_total', { type: 'match.found' })) >= 1002,
      { timeoutMs: 45_000, what: () => 'all 1,002 match.found handled' },
    );
    t.equal(
      await metricValue(app, 'consumer_messages_total', { type: 'match.found', outcome: 'done' }),
      1,
    );
    await watch.waitFor(startupId, 1, 20_000);
    await new Promise((r) => setTimeout(r, 2000));
    t.equal((await mail.to(contactEmail)).length, 1, 'one email');
    t.equal(watch.keyed(startupId).length, 1, 'one notification event');
    t.equal(await metricValue(app, 'emails_sent_total'), 1, 'emails_sent_total is 1');

    // Redis marks lost (a new consumer group reads everything again): the delivery record keyed
    // on the pair is what stops a second email
    const again = await start(t, { ...config, CONSUMER_GROUP: `${config.CONSUMER_GROUP}-again` });
    await waitUntil(
      async () =>
        (await metricValue(again.app, 'consumer_messages_total', { type: 'match.found' })) >= 1002,
      { timeoutMs: 45_000, what: () => 'the second group handled all 1,002' },
    );
    await new Promise((r) => setTimeout(r, 2000));
    t.equal((await mail.to(contactEmail)).length, 1, 'still one email');
    t.equal(watch.keyed(startupId).length, 1, 'still one notification event');
    t.equal(
      await metricValue(again.app, 'emails_sent_total'),
      0,
      'the second consumer sent nothing',
    );
  },
);
