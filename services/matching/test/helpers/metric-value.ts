import { metricValue } from '@citymatch/testkit';
import type { FastifyInstance } from 'fastify';

export { metricValue };

/** Messages the consumer group has handled so far (done, duplicate or ignored). */
export function handled(app: FastifyInstance, group: string): Promise<number> {
  return metricValue(app, 'consumer_messages_total', { group });
}
