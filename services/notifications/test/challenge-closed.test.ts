import { createEvent, decodeEvent, exampleData, matchIdFor, Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import { simpleParser } from 'mailparser';
import t from 'tap';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

const closed = (challengeId: string) =>
  createEvent('challenge.closed', {
    data: { ...exampleData('challenge.closed'), challengeId, occurredAt: new Date().toISOString() },
  });

t.test('a closed challenge never causes an email, per match or in a digest', async (t) => {
  const { app, topics } = await testService(t);
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.notifications);
  const mail = mailpit();

  // per match: the challenge closed before its match.found was handled
  const eachMatch = startupRegistered({ preferredLanguage: 'en' });
  // digest: one of the two queued matches' challenges closes before the day is over
  const digest = startupRegistered({
    preferredLanguage: 'en',
    notificationPreference: 'daily_digest',
  });
  await kafka.send(topics.startups, [eachMatch, digest]);
  const late = matchFound(eachMatch.data.startupId, { language: 'en' });
  const open = matchFound(digest.data.startupId, { challengeTitle: 'Still open', language: 'en' });
  const closing = matchFound(digest.data.startupId, {
    challengeTitle: 'Closing soon',
    language: 'en',
  });
  await kafka.send(topics.challenges, [closed(late.data.challengeId)]);
  await waitUntil(() => app.notifications.closedChallenges.isClosed(late.data.challengeId), {
    what: () => 'the closed challenge recorded',
  });
  await kafka.send(topics.matching, [late, open, closing]);

  const [suppressed] = (await watch.waitFor(eachMatch.data.startupId, 1, 30_000)).map(decodeEvent);
  t.equal(suppressed!.type, 'notification.suppressed');
  t.match(suppressed!.data, { challengeId: late.data.challengeId, reason: 'challenge_closed' });

  const ids = [open, closing].map((e) => matchIdFor(e.data.challengeId, digest.data.startupId));
  await waitUntil(
    async () =>
      (await Promise.all(ids.map((id) => app.notifications.deliveries.get(id)))).every(
        (r) => r?.state === 'queued_for_digest',
      ),
    { timeoutMs: 30_000, what: () => 'both digest matches queued' },
  );
  await kafka.send(topics.challenges, [closed(closing.data.challengeId)]);
  await waitUntil(() => app.notifications.closedChallenges.isClosed(closing.data.challengeId), {
    what: () => 'the second closed challenge recorded',
  });
  t.equal(await app.notifications.runDigest(new Date(Date.now() + 86_400_000)), 1);
  const [summary] = await mail.waitFor(digest.data.contactEmail, 1, 30_000);
  const parsed = await simpleParser(await mail.raw(summary!.ID));
  t.match(parsed.text, /Still open/);
  t.notMatch(parsed.text, /Closing soon/);
  const events = (await watch.waitFor(digest.data.startupId, 2, 30_000)).map(decodeEvent);
  t.same(events.map((e) => e.type).sort(), ['notification.sent', 'notification.suppressed']);

  await new Promise((r) => setTimeout(r, 1000));
  t.same(await mail.to(eachMatch.data.contactEmail), [], 'no email for the closed challenge');
});
