import { AggregateBusyError } from '@citymatch/service-kit';
import type { FastifyBaseLogger as Logger } from 'fastify';
import type { SendMailOptions } from 'nodemailer';
import { decideDelivery } from '../domain/decide-delivery.js';
import type { EmailRecipient } from '../domain/match-email-input.js';
import { describeSendError, type MailTransport } from '../mail/mail-transport.js';
import type { ClosedChallenges } from '../store/closed-challenges.js';
import type { DeliveryRecord } from '../store/delivery-record.js';
import type { DeliveryStore } from '../store/delivery-store.js';
import type { StartupDirectory } from '../store/startup-directory.js';
import { failedEvents, sentEvents, suppressedEvents } from './delivery-events.js';
import { retryDelayMs } from './retry-delay.js';
import { startSmtpSendSpan } from './smtp-send-span.js';

export type DeliveryOutcome = 'sent' | 'failed' | 'retry' | 'suppressed' | 'unconfirmed';

export interface SendDeliveryOptions {
  deliveries: DeliveryStore;
  startups: StartupDirectory;
  closedChallenges: ClosedChallenges;
  transport: MailTransport;
  compose: (r: DeliveryRecord, recipient: EmailRecipient, now: Date) => SendMailOptions;
  clock: () => Date;
  log: Logger;
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  staleSendingMs: number;
  onOutcome?: (outcome: DeliveryOutcome, kind: string) => void;
  /** Test hook: runs after the SMTP server accepted the email, before that is recorded. */
  afterSend?: (r: DeliveryRecord) => Promise<void>;
}

type SendResult = { ok: true; response: string } | { ok: false; error: string };

/** Lock waits (15 s each) before a send's outcome is given up on (then it is `unconfirmed`). */
const RECORD_LOCK_TRIES = 12;

/** A match waiting for its startup's registration is looked at again this often. */
const AWAIT_STARTUP_RECHECK_MS = 60_000;

const UNKNOWN_OUTCOME =
  'outcome unknown: the process stopped between the SMTP send and recording it; ' +
  'not resent (at most one email per match)';

/**
 * One try of one delivery. The record was written before anything is sent (state `pending`);
 * it is claimed with a compare-and-set to `sending` under its lock, sent outside the lock, and
 * the outcome is recorded with a compare-and-set from `sending`, with its notification.* events
 * in the same write (the outbox).
 *
 * A crash between the send and the record: AT MOST ONCE. A record found in `sending` for longer
 * than `staleSendingMs` (far longer than a send can take: the SMTP socket timeouts are 10 s +
 * 30 s) belongs to a process that died mid-send. The server may or may not have accepted the
 * email, and SMTP gives no way to ask. We never send it again: the record becomes `unconfirmed`
 * and a notification.failed says the outcome is unknown. Why: the product promises at most one
 * email per (challenge, startup); a duplicate is a defect the recipient sees, while a crash
 * inside the few milliseconds of an SMTP transaction is rare and shows up as an event ops can
 * act on. The Message-ID was fixed in the record before the first try and is derived from the
 * match, so should ops resend, the copy carries the same Message-ID and is recognisable as the
 * same email. (At-least-once would resend on recovery and risk the duplicate we promise never
 * to send.)
 */
export class SendDelivery {
  readonly #o: SendDeliveryOptions;

  constructor(opts: SendDeliveryOptions) {
    this.#o = opts;
  }

  /**
   * Claim, send and record one due delivery (no-op when it is not due or someone has it).
   * Returns when the record should be looked at again (a retry, a startup still unknown, not
   * due yet), or null when it needs nothing more from this worker.
   */
  async run(id: string): Promise<Date | null> {
    const claim = await this.#claim(id);
    if (!claim || claim instanceof Date) return claim;
    const { record, recipient } = claim;
    const span = startSmtpSendSpan(record, recipient.language);
    const result = await span.within(async (): Promise<SendResult> => {
      try {
        const sent = await this.#o.transport.send(
          this.#o.compose(record, recipient, this.#o.clock()),
        );
        return { ok: true, response: sent.response };
      } catch (err) {
        return { ok: false, error: describeSendError(err) };
      }
    });
    span.end(result.ok ? undefined : result.error);
    // notification.sent / failed continue the trace from the send
    return span.within(async () => {
      if (result.ok) await this.#o.afterSend?.(record);
      return this.#record(record, recipient, result);
    });
  }

  async #claim(
    id: string,
  ): Promise<{ record: DeliveryRecord; recipient: EmailRecipient } | Date | null> {
    const { deliveries, startups, closedChallenges, clock } = this.#o;
    return deliveries.locked(id, async () => {
      const r = await deliveries.get(id);
      const now = clock();
      if (!r || (r.state !== 'pending' && r.state !== 'awaiting_startup')) return null;
      if (r.nextAttemptAt > now) return r.nextAttemptAt;
      const [first] = r.matches;
      // two independent reads by `_id`, in parallel: each email waits for one round trip less
      const [closed, startup] = await Promise.all([
        r.kind === 'match' && !!first && closedChallenges.isClosed(first.challengeId),
        startups.get(r.startupId),
      ]);
      let decision = decideDelivery(startup, r.kind, now, closed);
      if (decision.kind === 'wait_for_startup') {
        // Noted first, then looked at again: a registration stored after this second look
        // finds the note (wakeAwaiting), one stored before it is seen here; none is missed.
        await deliveries.noteAwaiting(r.startupId, id);
        decision = decideDelivery(await startups.get(r.startupId), r.kind, now, closed);
      }
      switch (decision.kind) {
        case 'wait_for_startup': {
          const recheck = new Date(now.getTime() + AWAIT_STARTUP_RECHECK_MS);
          await deliveries.transition(id, r.state, {
            state: 'awaiting_startup',
            nextAttemptAt: recheck,
          });
          return recheck;
        }
        case 'suppress':
          await deliveries.transition(
            id,
            r.state,
            { state: 'suppressed', lastError: decision.reason },
            suppressedEvents(r, decision.reason, now),
          );
          this.#o.onOutcome?.('suppressed', r.kind);
          return null;
        case 'queue_for_digest':
          await deliveries.transition(id, r.state, {
            state: 'queued_for_digest',
            day: decision.day,
          });
          return null;
        case 'send': {
          const set = { state: 'sending' as const, sendingSince: now, attempts: r.attempts + 1 };
          const ok = await deliveries.transition(id, r.state, {
            ...set,
            recipient: decision.recipient,
          });
          return ok ? { record: { ...r, ...set }, recipient: decision.recipient } : null;
        }
      }
    });
  }

  async #record(
    r: DeliveryRecord,
    recipient: EmailRecipient,
    result: SendResult,
  ): Promise<Date | null> {
    const { deliveries, clock, log } = this.#o;
    const now = clock();
    const { language } = recipient;
    return this.#lockedUntilDone(r._id, async () => {
      if (result.ok) {
        await deliveries.transition(
          r._id,
          'sending',
          { state: 'sent', smtpResponse: result.response },
          sentEvents(r, language, now),
        );
        log.info({ deliveryId: r._id, messageId: r.messageId, language }, 'email sent');
        this.#o.onOutcome?.('sent', r.kind);
        return null;
      }
      if (r.attempts >= this.#o.attempts) {
        await deliveries.transition(
          r._id,
          'sending',
          { state: 'failed', lastError: result.error },
          failedEvents(r, language, result.error, r.attempts, now),
        );
        log.warn({ deliveryId: r._id, error: result.error, attempts: r.attempts }, 'email failed');
        this.#o.onOutcome?.('failed', r.kind);
        return null;
      }
      const delay = retryDelayMs(r.attempts, this.#o.initialBackoffMs, this.#o.maxBackoffMs);
      const retryAt = new Date(now.getTime() + delay);
      await deliveries.transition(r._id, 'sending', {
        state: 'pending',
        lastError: result.error,
        nextAttemptAt: retryAt,
      });
      log.info({ deliveryId: r._id, error: result.error, retryInMs: delay }, 'send failed; retry');
      this.#o.onOutcome?.('retry', r.kind);
      return retryAt;
    });
  }

  /**
   * The outcome of a send must be recorded: a record left in `sending` would later count as a
   * crashed send (`unconfirmed`) although this process knows what happened. So while someone
   * else holds the record's lock (the outbox relay publishing its events, slow on a big
   * FerretDB collection), keep waiting rather than give up after the usual lock wait.
   */
  async #lockedUntilDone<T>(id: string, fn: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.#o.deliveries.locked(id, fn);
      } catch (err) {
        if (!(err instanceof AggregateBusyError) || tries >= RECORD_LOCK_TRIES) throw err;
        this.#o.log.warn(
          { deliveryId: id, tries },
          'record busy; still waiting to record the send',
        );
      }
    }
  }

  /** Records left in `sending` by a process that died mid-send: never resent (see above). */
  async recoverStale(): Promise<number> {
    const { deliveries, clock } = this.#o;
    const now = clock();
    const before = new Date(now.getTime() - this.#o.staleSendingMs);
    const stale = await deliveries.find({ state: 'sending', sendingSince: { $lt: before } }, 100);
    let recovered = 0;
    for (const r of stale) {
      const done = await deliveries.locked(r._id, () =>
        deliveries.transition(
          r._id,
          'sending',
          { state: 'unconfirmed', lastError: UNKNOWN_OUTCOME },
          failedEvents(r, r.recipient?.language ?? 'en', UNKNOWN_OUTCOME, r.attempts, now),
        ),
      );
      if (done) {
        recovered++;
        this.#o.log.warn({ deliveryId: r._id, messageId: r.messageId }, 'send outcome unknown');
        this.#o.onOutcome?.('unconfirmed', r.kind);
      }
    }
    return recovered;
  }
}
