import type { FastifyInstance } from 'fastify';

/** Sum of a metric's samples on /metrics whose labels include every `labels` pair. */
export async function metricValue(
  app: FastifyInstance,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  let sum = 0;
  for (const line of body.split('\n')) {
    const m = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const l = m[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`))) sum += Number(m[3]);
  }
  return sum;
}

/** Messages the consumer group has handled so far (done, duplicate or ignored). */
export function handled(app: FastifyInstance, group: string): Promise<number> {
  return metricValue(app, 'consumer_messages_total', { group });
}
