/** What metricValue needs of an app: Fastify's `inject`. */
interface Injectable {
  inject(opts: { method: 'GET'; url: string }): PromiseLike<{ body: string }>;
}

/** Sum of a metric's samples on /metrics whose labels include every `labels` pair. */
export async function metricValue(
  app: Injectable,
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
