import type { FastifyBaseLogger as Logger } from 'fastify';
import type { SendMailOptions } from 'nodemailer';
import { decideDelivery } from '../domain/decide-delivery.js';
import type { EmailRecipient } from '../domain/match-email-input.js';
import { describeSendError, type MailTransport } from '../mail/mail-transport.js';
import type { DeliveryRecord } from '../store/delivery-record.js';
import type { DeliveryStore } from '../store/delivery-store.js';
import type { StartupDirectory } from '../store/startup-directory.js';
import { failedEvents, sentEvents, suppressedEvents } from './delivery-events.js';
import { retryDelayMs } from './retry-delay.js';

export interface DeliveryWorkerOptions {
  deliveries: DeliveryStore;
  startups: StartupDirectory;
  transport: MailTransport;
  compose: (r: DeliveryRecord, recipient: EmailRecipient, now: Date) => SendMailOptions;
  clock: () => Date;
  log: Logger;
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  staleSendingMs: number;
  concurrency: number;
  pollMs: number;
  /** How long a stop waits for sends in flight before leaving them (they stay 'sending'). */
  drainMs?: number;
  onOutcome?: (
    outcome: 'sent' | 'failed' | 'retry' | 'suppressed' | 'unconfirmed',
    kind: string,
  ) => void;
  /** Test hook: runs after the SMTP server accepted the email, before that is recorded. */
  afterSend?: (r: DeliveryRecord) => Promise<void>;
}

/** A match waiting for its startup's registration is looked at again this often. */
const AWAIT_STARTUP_RECHECK_MS = 60_000;

/**
 * Sends due deliveries. The record is written before the send (state `pending`), claimed with a
 * compare-and-set to `sending` under its lock, sent outside the lock, and the outcome is
 * recorded with a compare-and-set from `sending` (with its notification.* events in the same
 * write, through the outbox).
 *
 * A crash between the send and the record: AT MOST ONCE. A record found in `sending` for longer
 * than `staleSendingMs` (far longer than a send can take: the SMTP socket timeouts are 10 s +
 * 30 s) belongs to a process that died mid-send. The server may or may not have accepted the
 * email, and SMTP gives no way to ask. We never send it again: the record becomes `unconfirmed`
 * and a notification.failed says the outcome is unknown. Why: the product promises at most one
 * email per (challenge, startup); a duplicate is a visible defect in the recipient's inbox,
 * while a crash inside the few milliseconds of an SMTP transaction is rare and shows up as an
 * event ops can act on. The Message-ID was fixed in the record before the first try and is
 * derived from the match, so should ops resend, the copy carries the same Message-ID and is
 * recognisable as the same email (mail clients and archives collapse it).
 */
export class DeliveryWorker {
  readonly #o: DeliveryWorkerOptions;
  #running = false;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;
  #nudged = false;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #inFlightIds = new Set<string>();

  constructor(opts: DeliveryWorkerOptions) {
    this.#o = opts;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  notify(): void {
    this.#nudged = true;
    this.#wake?.();
  }

  /** Stop taking work; wait up to `drainMs` for sends in flight. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#wake?.();
    await this.#loop;
    const drained = Promise.all([...this.#inFlight]).then(() => undefined);
    const ms = this.#o.drainMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((r) => {
      timer = setTimeout(r, ms);
    });
    await Promise.race([drained, timeout]);
    clearTimeout(timer);
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let started = 0;
      try {
        await this.recoverStale();
        started = await this.#startDue();
      } catch (err) {
        this.#o.log.warn({ err }, 'delivery worker: round failed; will retry');
      }
      if (started === 0 && !this.#nudged) await this.#sleep(this.#o.pollMs);
      else if (this.#inFlight.size >= this.#o.concurrency) await Promise.race(this.#inFlight);
      this.#nudged = false;
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake = done;
    });
  }

  async #startDue(): Promise<number> {
    const free = this.#o.concurrency - this.#inFlight.size;
    if (free <= 0) return 0;
    const due = await this.#o.deliveries.due(this.#o.clock(), free + this.#inFlightIds.size);
    const ids = due.filter((id) => !this.#inFlightIds.has(id)).slice(0, free);
    for (const id of ids) {
      this.#inFlightIds.add(id);
      const p: Promise<void> = this.deliver(id)
        .catch((err) => this.#o.log.error({ err, deliveryId: id }, 'delivery failed to run'))
        .finally(() => {
          this.#inFlight.delete(p);
          this.#inFlightIds.delete(id);
          this.notify();
        });
      this.#inFlight.add(p);
    }
    return ids.length;
  }

  /** Claim, send and record one due delivery (no-op when someone else has it). */
  async deliver(id: string): Promise<void> {
    const claim = await this.#claim(id);
    if (!claim) return;
    const { record, recipient } = claim;
    const now = this.#o.clock();
    let result: { ok: true; response: string } | { ok: false; error: string };
    try {
      const message = this.#o.compose(record, recipient, now);
      const sent = await this.#o.transport.send(message);
      result = { ok: true, response: sent.response };
    } catch (err) {
      result = { ok: false, error: describeSendError(err) };
    }
    if (result.ok) await this.#o.afterSend?.(record);
    await this.#record(record, recipient, result);
  }

  async #claim(id: string): Promise<{ record: DeliveryRecord; recipient: EmailRecipient } | null> {
    const { deliveries, startups, clock } = this.#o;
    return deliveries.locked(id, async () => {
      const r = await deliveries.get(id);
      const now = clock();
      if (!r || (r.state !== 'pending' && r.state !== 'awaiting_startup')) return null;
      if (r.nextAttemptAt > now) return null;
      const decision = decideDelivery(await startups.get(r.startupId), r.kind, now);
      switch (decision.kind) {
        case 'wait_for_startup':
          await deliveries.transition(id, r.state, {
            state: 'awaiting_startup',
            nextAttemptAt: new Date(now.getTime() + AWAIT_STARTUP_RECHECK_MS),
          });
          return null;
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
          const attempts = r.attempts + 1;
          const set = { state: 'sending' as const, sendingSince: now, attempts };
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
    result: { ok: true; response: string } | { ok: false; error: string },
  ): Promise<void> {
    const { deliveries, clock, log } = this.#o;
    const now = clock();
    const language = recipient.language;
    await deliveries.locked(r._id, async () => {
      if (result.ok) {
        await deliveries.transition(
          r._id,
          'sending',
          { state: 'sent', smtpResponse: result.response },
          sentEvents(r, language, now),
        );
        log.info({ deliveryId: r._id, messageId: r.messageId, language }, 'email sent');
        this.#o.onOutcome?.('sent', r.kind);
        return;
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
        return;
      }
      const delay = retryDelayMs(r.attempts, this.#o.initialBackoffMs, this.#o.maxBackoffMs);
      await deliveries.transition(r._id, 'sending', {
        state: 'pending',
        lastError: result.error,
        nextAttemptAt: new Date(now.getTime() + delay),
      });
      log.info(
        { deliveryId: r._id, error: result.error, retryInMs: delay },
        'email send failed; will retry',
      );
      this.#o.onOutcome?.('retry', r.kind);
    });
  }

  /** Records left in `sending` by a process that died mid-send: never resent (see above). */
  async recoverStale(): Promise<number> {
    const { deliveries, clock } = this.#o;
    const now = clock();
    const stale = await deliveries.ids(
      { state: 'sending', sendingSince: { $lt: new Date(now.getTime() - this.#o.staleSendingMs) } },
      100,
    );
    let n = 0;
    for (const r of stale) {
      const error =
        'outcome unknown: the process stopped between the SMTP send and recording it; ' +
        'not resent (at most one email per match)';
      const done = await deliveries.locked(r._id, () =>
        deliveries.transition(
          r._id,
          'sending',
          { state: 'unconfirmed', lastError: error },
          failedEvents(r, r.recipient?.language ?? 'en', error, r.attempts, now),
        ),
      );
      if (done) {
        n++;
        this.#o.onOutcome?.('unconfirmed', r.kind);
      }
    }
    return n;
  }
}
