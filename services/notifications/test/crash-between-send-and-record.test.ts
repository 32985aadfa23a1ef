import { decodeEvent, matchIdFor, Topics } from '@citymatch/events';
import { metricValue, waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { start, testService } from './helpers/test-app.js';

// The documented choice (src/delivery/delivery-worker.ts): at most once. A process that dies
// after the SMTP server accepted the email and before recording it leaves the record in
// 'sending'; the next process never sends it again, marks it 'unconfirmed' and says so with a
// notification.failed ("outcome unknown"), and the email's Message-ID was fixed in advance.

t.test('a crash between the send and its record: the email is never sent twice', async (t) => {
  let crashed = false;
  const first = await testService(
    t,
    { SENDING_STALE_MS: '600000' },
    {
      drainMs: 200,
      // the process "dies" right after the SMTP server accepted the email: the outcome is
      // never recorded (this promise never settles)
      afterSend: () => {
        crashed = true;
        return new Promise<void>(() => {});
      },
    },
  );
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.notifications);
  const mail = mailpit();
  const registered = startupRegistered({ preferredLanguage: 'en' });
  const { startupId, contactEmail } = registered.data;
  await kafka.send(first.topics.startups, [registered]);
  const match = matchFound(startupId, { language: 'en' });
  await kafka.send(first.topics.matching, [match]);

  const [email] = await mail.waitFor(contactEmail, 1, 45_000);
  await waitUntil(() => crashed, { what: () => 'the send to finish' });
  const id = matchIdFor(match.data.challengeId, startupId);
  const left = await first.app.notifications.deliveries.get(id);
  t.match(left, { state: 'sending', attempts: 1 }, 'the record still says sending');
  t.equal(
    email!.MessageID,
    left!.messageId.replace(/^<|>$/g, ''),
    'Message-ID fixed before the send',
  );
  await first.app.close();

  // the restarted service (same database and group) finds the stale 'sending' record
  const second = await start(t, { ...first.config, SENDING_STALE_MS: 2000 });
  const [failed] = (await watch.waitFor(startupId, 1, 30_000)).map(decodeEvent);
  t.equal(failed!.type, 'notification.failed');
  t.match((failed!.data as { error: string }).error, /outcome unknown/);
  t.equal((failed!.data as { messageId: string }).messageId, left!.messageId);
  t.match(await second.app.notifications.deliveries.get(id), { state: 'unconfirmed' });

  // redelivering the match changes nothing either
  await kafka.send(first.topics.matching, [
    match,
    matchFound(startupId, { challengeId: match.data.challengeId }),
  ]);
  await new Promise((r) => setTimeout(r, 3000));
  t.equal((await mail.to(contactEmail)).length, 1, 'one email, never resent');
  t.equal(watch.keyed(startupId).length, 1, 'no notification.sent after the fact');
  t.equal(await metricValue(second.app, 'emails_failed_total', { reason: 'unconfirmed' }), 1);
});
