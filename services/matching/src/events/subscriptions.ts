import type { StartupRegisteredData } from '@citymatch/events';
import type { Subscription } from '@citymatch/service-kit';
import type { ShortlistKeeper } from '../commands/shortlist-keeper.js';
import type { LiveStartupIndex } from '../domain/live-startup-index.js';
import { indexedStartup, type StartupStore } from '../store/startup-store.js';

export interface SubscriptionDeps {
  startups: StartupStore;
  index: LiveStartupIndex;
  keeper: ShortlistKeeper;
}

/*
 * Everything matching consumes, in one place, split over two consumer groups. Why two:
 * DESIGN asks that every replica hold EVERY startup in memory while challenge work is shared.
 *
 * 1. `indexFeed`, group `<CONSUMER_GROUP>-index-<REPLICA_ID>` (one group per replica, a stable
 *    id such as the pod name), topic startups.v1: each replica sees every startup event and
 *    applies it to the shared read model (idempotent: newest version wins) and to its own
 *    index. On start the index is first rebuilt from the read model, then this group resumes
 *    from its committed offsets; a replay in between changes nothing (versions).
 * 2. `sharedWork`, group `<CONSUMER_GROUP>` (shared), topics challenges.v1 and startups.v1:
 *    Kafka splits the partitions among replicas, so each challenge event, and the re-matching
 *    a startup event causes, is done by ONE replica. Its startup handlers apply the profile
 *    to the local index first, so the startup is ranked even when the replica's own feed has
 *    not reached it yet.
 * A startup event is thus applied by every replica but matched against the challenges once.
 */

function startupApplier(d: SubscriptionDeps) {
  return {
    profile: async (data: StartupRegisteredData) => {
      d.index.apply(indexedStartup(await d.startups.applyProfile(data)));
    },
    deactivate: async (startupId: string, version: number) => {
      d.index.apply(indexedStartup(await d.startups.deactivate(startupId, version)));
    },
  };
}

/** startups.v1 into this replica's index (its own group). */
export function indexFeed(d: SubscriptionDeps): Subscription[] {
  const apply = startupApplier(d);
  const list: [
    Subscription<'startup.registered'>,
    Subscription<'startup.updated'>,
    Subscription<'startup.deactivated'>,
  ] = [
    { type: 'startup.registered', handle: (e) => apply.profile(e.data) },
    { type: 'startup.updated', handle: (e) => apply.profile(e.data) },
    {
      type: 'startup.deactivated',
      handle: (e) => apply.deactivate(e.data.startupId, e.data.version),
    },
  ];
  return list as unknown as Subscription[];
}

/** Challenge events and startup re-matching (the shared group). */
export function sharedWork(d: SubscriptionDeps): Subscription[] {
  const apply = startupApplier(d);
  const list: [
    Subscription<'challenge.published'>,
    Subscription<'challenge.updated'>,
    Subscription<'challenge.closed'>,
    Subscription<'startup.registered'>,
    Subscription<'startup.updated'>,
    Subscription<'startup.deactivated'>,
  ] = [
    { type: 'challenge.published', handle: (e) => d.keeper.applyChallenge(e.data).then(() => {}) },
    { type: 'challenge.updated', handle: (e) => d.keeper.applyChallenge(e.data).then(() => {}) },
    { type: 'challenge.closed', handle: (e) => d.keeper.closeChallenge(e.data).then(() => {}) },
    {
      type: 'startup.registered',
      handle: async (e) => {
        await apply.profile(e.data);
        await d.keeper.startupChanged(e.data.startupId);
      },
    },
    {
      type: 'startup.updated',
      handle: async (e) => {
        await apply.profile(e.data);
        await d.keeper.startupChanged(e.data.startupId);
      },
    },
    {
      type: 'startup.deactivated',
      handle: async (e) => {
        await apply.deactivate(e.data.startupId, e.data.version);
        await d.keeper.startupLeft(e.data.startupId);
      },
    },
  ];
  return list as unknown as Subscription[];
}
