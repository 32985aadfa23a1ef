import { exampleData } from '@citymatch/events';
import { waitUntil } from '@citymatch/testkit';
import t from 'tap';
import type { DeliveryRecord } from '../src/store/delivery-record.js';
import { mailpit } from './helpers/mailpit.js';
import { id, kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

// A store that has been in use: thousands of past deliveries. On FerretDB every query without
// an `_id` condition reads the whole collection (~0.6 s at 2,000 records on an idle machine, far
// more under load), so a sender that searches by state on each round takes minutes to send a
// handful of new emails (seen in the demo: no email in 5 minutes). The sending path must address
// records by `_id`.
// filling the store alone takes ~30 s on a loaded 2-core machine
t.setTimeout(300_000);

const HISTORY = 2000;
const NEW_MATCHES = 12;

function pastDelivery(i: number): DeliveryRecord {
  const at = new Date(Date.now() - 86_400_000);
  const data = { ...exampleData('match.found'), startupId: `old-${i}` };
  return {
    _id: `old-challenge-${i}:old-${i}`,
    kind: 'match',
    startupId: data.startupId,
    state: 'sent',
    messageId: `<old-${i}@citymatch.example>`,
    matches: [data],
    attempts: 1,
    nextAttemptAt: at,
    createdAt: at,
    updatedAt: at,
    smtpResponse: '250 OK',
    outbox: [],
    outboxPending: false,
    outboxSeq: 1,
  };
}

t.test(
  `with ${HISTORY} past deliveries in the store, ${NEW_MATCHES} new matches are all mailed promptly, those that waited for their startup too`,
  async (t) => {
    const { app, topics } = await testService(t);
    const { collection } = app.notifications.deliveries;
    const t0 = Date.now();
    for (let i = 0; i < HISTORY; i += 500) {
      await collection.insertMany(
        Array.from({ length: Math.min(500, HISTORY - i) }, (_, k) => pastDelivery(i + k)),
      );
    }
    t.comment(`${HISTORY} past deliveries stored in ${Date.now() - t0} ms`);
    const kafka = await kafkaProducer(t);
    const mail = mailpit();
    const startups = Array.from({ length: NEW_MATCHES }, () =>
      startupRegistered({ startupId: id('many'), preferredLanguage: 'en' }),
    );
    const early = startups.slice(0, NEW_MATCHES / 2);
    const late = startups.slice(NEW_MATCHES / 2);
    await kafka.send(topics.startups, early);
    // the second half's matches arrive before their startups' registrations
    const matches = startups.map((s) => matchFound(s.data.startupId, { language: 'en' }));
    await kafka.send(topics.matching, matches);
    await new Promise((r) => setTimeout(r, 1000));
    await kafka.send(topics.startups, late);

    const started = Date.now();
    for (const s of startups) await mail.waitFor(s.data.contactEmail, 1, 60_000);
    t.comment(`${NEW_MATCHES} emails in ${Date.now() - started} ms beside ${HISTORY} records`);
    for (const s of startups) {
      t.equal((await mail.to(s.data.contactEmail)).length, 1, 'one email per match');
    }
    await waitUntil(
      async () => {
        const records = await Promise.all(
          matches.map((m) => collection.findOne({ _id: m.data.matchId })),
        );
        return records.every((r) => r?.state === 'sent');
      },
      { timeoutMs: 60_000, what: () => 'every new delivery recorded as sent' },
    );
  },
);
