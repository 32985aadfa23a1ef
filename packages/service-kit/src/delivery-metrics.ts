import { dlqTopic } from '@citymatch/events';
import type { Kafka } from 'kafkajs';
import type { AppMetrics } from './http/metrics.js';
import { consumerGroupLag } from './kafka/consumer-group-lag.js';
import { topicOffsets } from './kafka/topic-offsets.js';

type Outcome = 'done' | 'duplicate' | 'ignored' | 'dead_letter';

/**
 * A gauge read from Mongo or Kafka at scrape time: when the read fails (a server away, a group
 * rebalancing) the gauge keeps its last value, so one slow dependency never fails `/metrics`.
 */
const keepLastOnError =
  <G>(read: (g: G) => Promise<void>) =>
  async (g: G): Promise<void> => {
    await read(g).catch(() => undefined);
  };

/**
 * The outbox's metrics, the same in every service: `outbox_backlog` (aggregates with events
 * not yet in Kafka, read at scrape time) and `outbox_events_published_total`, both labelled
 * with the `stream` (the aggregate collection). Pass the returned `onPublished` to the relay
 * (`createPublishing`); `backlog` may read a relay created after this call.
 */
export function outboxMetrics(metrics: AppMetrics, stream: string, backlog: () => Promise<number>) {
  metrics.gauge({
    name: 'outbox_backlog',
    help: 'Aggregates with events not yet published to Kafka',
    labelNames: ['stream'],
    collect: keepLastOnError(async (g) => g.set({ stream }, await backlog())),
  });
  const published = metrics.counter({
    name: 'outbox_events_published_total',
    help: 'Events the outbox relay published to Kafka',
    labelNames: ['stream'],
  });
  published.inc({ stream }, 0);
  return { onPublished: (count: number) => published.inc({ stream }, count) };
}

/**
 * A consumer group's metrics: messages by outcome and event type, lag per topic and the size
 * of each topic's dead-letter queue (both read from Kafka at scrape time). Pass the returned
 * `onOutcome` to the ConsumerRunner. A service with a second group (`moreGroups`) passes
 * `outcomeFor(groupId)` to that group's runner; its lag is reported beside the first's.
 */
export function consumerMetrics(
  metrics: AppMetrics,
  opts: {
    kafka: Kafka;
    groupId: string;
    topics: readonly string[];
    moreGroups?: readonly { groupId: string; topics: readonly string[] }[];
  },
) {
  const groups = [{ groupId: opts.groupId, topics: opts.topics }, ...(opts.moreGroups ?? [])];
  const allTopics = [...new Set(groups.flatMap((g) => g.topics))];
  const messages = metrics.counter({
    name: 'consumer_messages_total',
    help: 'Messages handled by outcome (done, duplicate, ignored, dead_letter) and event type',
    labelNames: ['group', 'outcome', 'type'],
  });
  const admin = opts.kafka.admin();
  let connected: Promise<void> | undefined;
  const ready = () => {
    connected ??= admin.connect();
    return connected;
  };
  const sumHigh = async (topic: string) => {
    const offsets = await topicOffsets(admin, topic, 5_000);
    return offsets.reduce((n, o) => n + (Number(o.high) - Number(o.low)), 0);
  };
  metrics.gauge({
    name: 'consumer_lag_messages',
    help: 'Messages on the topic not yet committed by the consumer group',
    labelNames: ['group', 'topic'],
    collect: keepLastOnError(async (g) => {
      await ready();
      for (const { groupId, topics } of groups) {
        for (const topic of topics) {
          g.set({ group: groupId, topic }, await consumerGroupLag(admin, groupId, topic));
        }
      }
    }),
  });
  metrics.gauge({
    name: 'dlq_messages',
    help: 'Messages parked in the dead-letter topic',
    labelNames: ['topic'],
    collect: keepLastOnError(async (g) => {
      await ready();
      for (const topic of allTopics)
        g.set({ topic: dlqTopic(topic) }, await sumHigh(dlqTopic(topic)));
    }),
  });
  return {
    onOutcome: (outcome: Outcome, type: string) =>
      messages.inc({ group: opts.groupId, outcome, type }),
    outcomeFor: (groupId: string) => (outcome: Outcome, type: string) =>
      messages.inc({ group: groupId, outcome, type }),
    close: async () => {
      if (connected) await admin.disconnect();
    },
  };
}
