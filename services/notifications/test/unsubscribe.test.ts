import { decodeEvent, Topics } from '@citymatch/events';
import { waitUntil, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { signUnsubscribeToken } from '../src/domain/unsubscribe-token.js';
import { mailpit, rawHeader } from './helpers/mailpit.js';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { TEST_SECRET, testService } from './helpers/test-app.js';

t.test(
  'one click on the List-Unsubscribe URL stops the mail: the next match is suppressed',
  async (t) => {
    const { app, topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.notifications);
    const mail = mailpit();
    const registered = startupRegistered({ preferredLanguage: 'ar' });
    const { startupId, contactEmail } = registered.data;
    await kafka.send(topics.startups, [registered]);
    await kafka.send(topics.matching, [matchFound(startupId, { language: 'ar' })]);
    const [first] = await mail.waitFor(contactEmail, 1, 45_000);

    // what a mail client does (RFC 8058): POST the form body to the header's https URL
    const header = rawHeader(await mail.raw(first!.ID), 'List-Unsubscribe') ?? '';
    const url = new URL(/<(http[^>]+)>/.exec(header)![1]!);
    const click = await app.inject({
      method: 'POST',
      url: `${url.pathname}${url.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    t.equal(click.statusCode, 200, click.body);
    t.same(click.json(), { status: 'unsubscribed', startupId });

    const second = matchFound(startupId, { language: 'ar' });
    await kafka.send(topics.matching, [second]);
    const events = await watch.waitFor(startupId, 2, 30_000);
    const suppressed = decodeEvent(events[1]!);
    t.equal(suppressed.type, 'notification.suppressed');
    t.match(suppressed.data, {
      challengeId: second.data.challengeId,
      startupId,
      reason: 'unsubscribed',
    });
    await new Promise((r) => setTimeout(r, 1500));
    t.equal((await mail.to(contactEmail)).length, 1, 'no email after the unsubscribe');

    // a later profile update that keeps the same preference does not resubscribe
    await kafka.send(topics.startups, [startupRegistered({ ...registered.data, version: 2 })]);
    const third = matchFound(startupId, { language: 'ar' });
    await kafka.send(topics.matching, [third]);
    const more = await watch.waitFor(startupId, 3, 30_000);
    t.equal(decodeEvent(more[2]!).type, 'notification.suppressed');
  },
);

t.test('a JSON body {token} works too, and unsubscribing twice is fine', async (t) => {
  const { app } = await testService(t);
  const token = signUnsubscribeToken(
    { startupId: 'stp-json', expiresAt: new Date(Date.now() + 60_000) },
    TEST_SECRET,
  );
  for (let i = 0; i < 2; i++) {
    const res = await app.inject({ method: 'POST', url: '/unsubscribe', payload: { token } });
    t.equal(res.statusCode, 200, res.body);
  }
  const bare = await app.inject({ method: 'POST', url: `/unsubscribe?token=${token}` });
  t.equal(bare.statusCode, 200, `token in the query, no body: ${bare.body}`);
  const contact = await app.notifications.startups.get('stp-json');
  t.equal(contact, null, 'no profile yet: nothing to mail anyway');
});

t.test('forged, expired, malformed and missing tokens are refused with problem+json', async (t) => {
  const { app } = await testService(t, { RATE_LIMIT_MAX: '5' });
  const future = new Date(Date.now() + 60_000);
  const forged = signUnsubscribeToken(
    { startupId: 'stp-victim', expiresAt: future },
    'someone-elses-secret-0123456789',
  );
  const expired = signUnsubscribeToken(
    { startupId: 'stp-victim', expiresAt: new Date(Date.now() - 1000) },
    TEST_SECRET,
  );
  const cases: [string, string | undefined, number, string][] = [
    ['forged', forged, 403, 'NOTIFICATIONS_TOKEN_FORGED'],
    ['expired', expired, 403, 'NOTIFICATIONS_TOKEN_EXPIRED'],
    ['malformed', 'not-a-token', 400, 'NOTIFICATIONS_TOKEN_MALFORMED'],
    ['missing', undefined, 400, 'NOTIFICATIONS_TOKEN_MISSING'],
  ];
  for (const [what, token, status, code] of cases) {
    const res = await app.inject({
      method: 'POST',
      url: token === undefined ? '/unsubscribe' : `/unsubscribe?token=${encodeURIComponent(token)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    t.equal(res.statusCode, status, `${what}: ${res.body}`);
    t.match(res.headers['content-type'], /^application\/problem\+json/, what);
    t.match(res.json(), { status, code }, what);
  }
  t.equal(await app.notifications.startups.get('stp-victim'), null, 'nothing recorded');

  // the route is rate limited (5 per minute here): the sixth call is refused
  const fifth = await app.inject({
    method: 'POST',
    url: '/unsubscribe',
    payload: { token: 'x.y' },
  });
  const sixth = await app.inject({
    method: 'POST',
    url: '/unsubscribe',
    payload: { token: 'x.y' },
  });
  t.equal(sixth.statusCode, 429, `rate limited (fifth: ${fifth.statusCode})`);
  t.match(sixth.json(), { code: 'RATE_LIMITED' });
});

t.test(
  'a person clicking the link gets a page in their language; only its button unsubscribes',
  async (t) => {
    const { app, topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const registered = startupRegistered({ preferredLanguage: 'fa' });
    const { startupId } = registered.data;
    await kafka.send(topics.startups, [registered]);
    const { startups } = app.notifications;
    await waitUntil(async () => (await startups.get(startupId)) !== null, {
      timeoutMs: 20_000,
      intervalMs: 200,
      what: () => 'the registration in the read model',
    });
    const token = signUnsubscribeToken(
      { startupId, expiresAt: new Date(Date.now() + 60_000) },
      TEST_SECRET,
    );
    const page = await app.inject({ method: 'GET', url: `/unsubscribe?token=${token}` });
    t.equal(page.statusCode, 200);
    t.match(page.headers['content-type'], /^text\/html/);
    t.match(page.body, /<html lang="fa" dir="rtl">/);
    t.match(page.body, /<form method="post"[^>]*>.*name="List-Unsubscribe" value="One-Click"/s);
    t.equal((await startups.get(startupId))?.unsubscribedAt, undefined, 'a GET never unsubscribes');

    const done = await app.inject({
      method: 'POST',
      url: `/unsubscribe?token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: 'List-Unsubscribe=One-Click',
    });
    t.equal(done.statusCode, 200);
    t.match(done.body, /<html lang="fa" dir="rtl">.*اشتراک شما لغو شد/s);
    t.ok((await startups.get(startupId))?.unsubscribedAt, 'the button unsubscribed');

    const forged = await app.inject({ method: 'GET', url: '/unsubscribe?token=abc.def' });
    t.equal(forged.statusCode, 403);
    t.match(forged.headers['content-type'], /^application\/problem\+json/);
  },
);
