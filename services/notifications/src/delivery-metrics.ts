import type { AppMetrics } from '@citymatch/service-kit';

type Outcome = 'sent' | 'failed' | 'retry' | 'suppressed' | 'unconfirmed';

/**
 * emails_sent_total, emails_failed_total and delivery outcomes (the outbox's metrics are
 * service-kit's `outboxMetrics`, as in the other services).
 */
export function deliveryMetrics(metrics: AppMetrics) {
  const sent = metrics.counter({
    name: 'emails_sent_total',
    help: 'Emails the SMTP server accepted, by kind (match, digest)',
    labelNames: ['kind'],
  });
  const failed = metrics.counter({
    name: 'emails_failed_total',
    help: 'Emails given up on: last try failed, or outcome unknown after a crash (unconfirmed)',
    labelNames: ['kind', 'reason'],
  });
  const outcomes = metrics.counter({
    name: 'email_delivery_outcomes_total',
    help: 'Delivery outcomes: sent, retry, failed, suppressed, unconfirmed',
    labelNames: ['kind', 'outcome'],
  });
  // every series exists from the first scrape at 0, so `increase(emails_failed_total[…])` sees
  // the first failure (a series born at 1 has no increase)
  for (const kind of ['match', 'digest']) {
    sent.inc({ kind }, 0);
    for (const reason of ['failed', 'unconfirmed']) failed.inc({ kind, reason }, 0);
  }
  return {
    outcome(outcome: Outcome, kind: string) {
      outcomes.inc({ kind, outcome });
      if (outcome === 'sent') sent.inc({ kind });
      if (outcome === 'failed' || outcome === 'unconfirmed') failed.inc({ kind, reason: outcome });
    },
  };
}
