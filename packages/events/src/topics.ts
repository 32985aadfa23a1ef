/** Kafka topics, one per aggregate stream. Breaking changes get a new `.v2` topic. */
export const Topics = {
  challenges: 'challenges.v1',
  startups: 'startups.v1',
  matching: 'matching.v1',
  notifications: 'notifications.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/** The four event topics (without their dead-letter topics), in a stable order. */
export const ALL_TOPICS: readonly Topic[] = Object.freeze(Object.values(Topics));

/** The dead-letter topic of a topic: `<topic>.dlq`. Accepts any name (tests use unique topics). */
export function dlqTopic<T extends string>(topic: T): `${T}.dlq` {
  return `${topic}.dlq`;
}

export function isTopic(name: string): name is Topic {
  return (ALL_TOPICS as readonly string[]).includes(name);
}
