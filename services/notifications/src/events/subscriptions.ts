import { matchIdFor } from '@citymatch/events';
import type { Subscription } from '@citymatch/service-kit';
import { injectTraceHeaders } from '@citymatch/service-kit/telemetry';
import { matchMessageId } from '../domain/message-ids.js';
import type { ClosedChallenges } from '../store/closed-challenges.js';
import type { DeliveryStore } from '../store/delivery-store.js';
import type { StartupDirectory } from '../store/startup-directory.js';

export interface SubscriptionDeps {
  startups: StartupDirectory;
  deliveries: DeliveryStore;
  closedChallenges: ClosedChallenges;
  clock: () => Date;
  mailDomain: string;
  /** Delivery `id` was created and is due now: hand it to the sender. */
  deliveryDue: (id: string) => void;
  /** A startup's profile arrived: matches that waited for it may go now. */
  startupKnown: (startupId: string) => Promise<void>;
}

/**
 * Everything the notifications service consumes, in one place:
 * - startups.v1 startup.registered / updated / deactivated → the service's own startups read
 *   model (contact email, language, preference; newer versions win);
 * - challenges.v1 challenge.closed → the closed challenges, whose matches are never mailed;
 * - matching.v1 match.found → a delivery record keyed on the match (one per challenge×startup),
 *   written before anything is sent; the delivery worker sends it.
 */
export function subscriptions(d: SubscriptionDeps): Subscription[] {
  const profile = async (data: Parameters<StartupDirectory['applyProfile']>[0]) => {
    if (await d.startups.applyProfile(data)) await d.startupKnown(data.startupId);
  };
  const list: [
    Subscription<'startup.registered'>,
    Subscription<'startup.updated'>,
    Subscription<'startup.deactivated'>,
    Subscription<'challenge.closed'>,
    Subscription<'match.found'>,
  ] = [
    { type: 'startup.registered', handle: (e) => profile(e.data) },
    { type: 'startup.updated', handle: (e) => profile(e.data) },
    {
      type: 'startup.deactivated',
      handle: async (e) => {
        await d.startups.deactivate(e.data.startupId, e.data.version);
      },
    },
    {
      type: 'challenge.closed',
      handle: (e) => d.closedChallenges.add(e.data.challengeId, new Date(e.data.occurredAt)),
    },
    {
      type: 'match.found',
      businessKey: (e) => `match:${matchIdFor(e.data.challengeId, e.data.startupId)}`,
      // one record per match, none depends on another: a round's records go in one insert
      independent: true,
      handle: async (e) => {
        const now = d.clock();
        const id = matchIdFor(e.data.challengeId, e.data.startupId);
        // Scheduled even when the record existed (a redelivery after a crash): a record that
        // is not pending any more is left alone by the sender.
        await d.deliveries.create({
          _id: id,
          kind: 'match',
          startupId: e.data.startupId,
          state: 'pending',
          messageId: matchMessageId(e.data.challengeId, e.data.startupId, d.mailDomain),
          matches: [e.data],
          attempts: 0,
          nextAttemptAt: now,
          trace: injectTraceHeaders(),
          createdAt: now,
          updatedAt: now,
        });
        d.deliveryDue(id);
      },
    },
  ];
  return list as unknown as Subscription[];
}
