import { decodeEvent, matchIdFor, Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import { simpleParser } from 'mailparser';
import t from 'tap';
import { mailpit } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

t.test('daily digest: no mail per match, then one email the next day listing both', async (t) => {
  const { app, topics } = await testService(t);
  const kafka = await kafkaProducer(t);
  const watch = await watchTopic(t, Topics.notifications);
  const mail = mailpit();
  const registered = startupRegistered({
    preferredLanguage: 'tr',
    notificationPreference: 'daily_digest',
  });
  const { startupId, contactEmail } = registered.data;
  await kafka.send(topics.startups, [registered]);
  const a = matchFound(startupId, { challengeTitle: 'Akıllı otopark', language: 'tr', score: 0.7 });
  const b = matchFound(startupId, {
    challengeTitle: 'Su kaçağı tespiti',
    language: 'tr',
    score: 0.9,
  });
  await kafka.send(topics.matching, [a, b]);

  const { deliveries } = app.notifications;
  const ids = [a, b].map((e) => matchIdFor(e.data.challengeId, startupId));
  await waitUntil(
    async () => {
      const states = await Promise.all(ids.map(async (id) => (await deliveries.get(id))?.state));
      return states.every((s) => s === 'queued_for_digest');
    },
    { timeoutMs: 30_000, what: () => 'both matches queued for the digest' },
  );
  t.same(await mail.to(contactEmail), [], 'no email per match');
  t.equal(await app.notifications.runDigest(new Date()), 0, 'today is not over: no digest yet');

  const tomorrow = new Date(Date.now() + 86_400_000);
  t.equal(await app.notifications.runDigest(tomorrow), 1, 'one digest');
  const [summary] = await mail.waitFor(contactEmail, 1, 30_000);
  const parsed = await simpleParser(await mail.raw(summary!.ID));
  t.match(parsed.text, /Akıllı otopark/);
  t.match(parsed.text, /Su kaçağı tespiti/);
  t.match(parsed.html, /<html[^>]*lang="tr"/);
  t.ok(
    parsed.text!.indexOf('Su kaçağı tespiti') < parsed.text!.indexOf('Akıllı otopark'),
    'best score first',
  );

  const events = (await watch.waitFor(startupId, 2, 30_000)).map(decodeEvent);
  t.same(
    events.map((e) => e.type),
    ['notification.sent', 'notification.sent'],
  );
  t.same(
    new Set(events.map((e) => (e.data as { challengeId: string }).challengeId)),
    new Set([a.data.challengeId, b.data.challengeId]),
  );
  t.ok(events.every((e) => (e.data as { channel: string }).channel === 'digest'));
  t.equal(
    new Set(events.map((e) => (e.data as { messageId: string }).messageId)).size,
    1,
    'one Message-ID',
  );
  t.equal((events[0]!.data as { messageId: string }).messageId, parsed.messageId);

  // idempotent: running it again that day (or on another replica) sends nothing more
  t.equal(await app.notifications.runDigest(tomorrow), 0);
  t.equal(await app.notifications.runDigest(new Date(tomorrow.getTime() + 3_600_000)), 0);
  await new Promise((r) => setTimeout(r, 1500));
  t.equal((await mail.to(contactEmail)).length, 1, 'one digest email');
  t.equal(watch.keyed(startupId).length, 2);
});
