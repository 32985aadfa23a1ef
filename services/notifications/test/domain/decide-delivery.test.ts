import t from 'tap';
import { retryDelayMs } from '../../src/delivery/retry-delay.js';
import { decideDelivery } from '../../src/domain/decide-delivery.js';
import type { StartupContact } from '../../src/domain/startup-contact.js';
import { previousDay, utcDay } from '../../src/domain/utc-day.js';

const now = new Date('2026-03-21T23:30:00Z');
const startup: StartupContact = {
  startupId: 's1',
  name: 'Loop Labs',
  email: 'hello@loop.example',
  language: 'fa',
  preference: 'each_match',
  active: true,
};

t.test('a delivery is decided when it is sent, from the startup as it is then', async (t) => {
  t.same(decideDelivery(null, 'match', now), { kind: 'wait_for_startup' });
  t.same(decideDelivery(startup, 'match', now, true), {
    kind: 'suppress',
    reason: 'challenge_closed',
  });
  t.match(decideDelivery(startup, 'match', now), {
    kind: 'send',
    recipient: { email: 'hello@loop.example', language: 'fa', name: 'Loop Labs' },
  });
  t.same(decideDelivery({ ...startup, active: false }, 'match', now), {
    kind: 'suppress',
    reason: 'startup_inactive',
  });
  t.same(decideDelivery({ ...startup, unsubscribedAt: now }, 'match', now), {
    kind: 'suppress',
    reason: 'unsubscribed',
  });
  t.same(decideDelivery({ ...startup, preference: 'unsubscribed' }, 'digest', now), {
    kind: 'suppress',
    reason: 'unsubscribed',
  });
  t.same(decideDelivery({ ...startup, preference: 'daily_digest' }, 'match', now), {
    kind: 'queue_for_digest',
    day: '2026-03-21',
  });
  t.equal(decideDelivery({ ...startup, preference: 'daily_digest' }, 'digest', now).kind, 'send');
});

t.test('retry delays double from the first and stop at the cap', async (t) => {
  t.same(
    [1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, 1000, 10_000)),
    [1000, 2000, 4000, 8000, 10_000, 10_000],
  );
});

t.test('digest days are UTC days', async (t) => {
  t.equal(utcDay(now), '2026-03-21');
  t.equal(previousDay('2026-03-01'), '2026-02-28');
  t.equal(previousDay('2026-01-01'), '2025-12-31');
});
