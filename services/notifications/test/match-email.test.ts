import { decodeEvent, Topics } from '@citymatch/events';
import { watchTopic } from '@citymatch/testkit';
import { simpleParser } from 'mailparser';
import t from 'tap';
import { mailpit, rawHeader } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

t.test(
  'one match.found → exactly one email, in the startup’s language, both parts, RFC 8058',
  async (t) => {
    const { topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.notifications);
    const mail = mailpit();

    // the startup reads Persian; the challenge is written in Turkish
    const registered = startupRegistered({ preferredLanguage: 'fa', name: 'چرخه‌نو' });
    const { startupId, contactEmail } = registered.data;
    await kafka.send(topics.startups, [registered]);
    const match = matchFound(startupId, {
      challengeTitle: 'Akıllı atık toplama',
      challengeLanguage: 'tr',
    });
    await kafka.send(topics.matching, [match]);

    const [summary] = await mail.waitFor(contactEmail, 1, 45_000);
    const [sent] = await watch.waitFor(startupId, 1, 30_000);
    const event = decodeEvent(sent!);
    t.equal(event.type, 'notification.sent');
    t.match(event.data, {
      challengeId: match.data.challengeId,
      startupId,
      language: 'fa',
      channel: 'email',
    });

    const raw = await mail.raw(summary!.ID);
    const parsed = await simpleParser(raw);
    t.equal(
      parsed.messageId,
      (event.data as { messageId: string }).messageId,
      'Message-ID as announced',
    );
    t.ok(parsed.text && parsed.text.length > 50, 'a text part');
    t.ok(typeof parsed.html === 'string' && parsed.html.length > 100, 'an HTML part');
    t.match(
      parsed.html,
      /<html[^>]*lang="fa"[^>]*dir="rtl"|<html[^>]*dir="rtl"[^>]*lang="fa"/,
      'HTML is Persian, right-to-left',
    );
    t.match(parsed.text, /Akıllı atık toplama/, 'the challenge title as written');
    t.match(parsed.subject, /[\u0600-\u06FF]/, 'the subject is in Persian');
    t.equal(parsed.headers.get('content-language'), 'fa');
    const listUnsubscribe = String(rawHeader(raw, 'List-Unsubscribe'));
    t.match(
      listUnsubscribe,
      /<http[^>]+\/unsubscribe\?token=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>/,
      'https URL with token',
    );
    t.match(listUnsubscribe, /<mailto:[^>]+>/, 'and a mailto');
    t.equal(rawHeader(raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');

    // nothing else arrives for this startup
    await new Promise((r) => setTimeout(r, 1500));
    t.equal((await mail.to(contactEmail)).length, 1, 'exactly one email');
    t.equal(watch.keyed(startupId).length, 1, 'one notification event');
  },
);

t.test(
  'the language is the recipient’s: an English startup gets English for a Persian challenge',
  async (t) => {
    const { topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const mail = mailpit();
    const registered = startupRegistered({ preferredLanguage: 'en', name: 'Loop Labs' });
    await kafka.send(topics.startups, [registered]);
    await kafka.send(topics.matching, [
      matchFound(registered.data.startupId, {
        language: 'fa', // what matching thought; the startup's own profile decides
        challengeTitle: 'کاهش پسماند پلاستیکی',
        challengeLanguage: 'fa',
      }),
    ]);
    const [summary] = await mail.waitFor(registered.data.contactEmail, 1, 45_000);
    const parsed = await simpleParser(await mail.raw(summary!.ID));
    t.match(parsed.html, /<html[^>]*lang="en"/);
    t.notMatch(parsed.html, /<html[^>]*dir="rtl"/);
    t.equal(parsed.headers.get('content-language'), 'en');
    t.match(parsed.text, /کاهش پسماند پلاستیکی/, 'the title stays as written');
  },
);
