import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';

/** 5. Redis restarted under load (it keeps no data: marks, locks and rate limits are gone). */
export const redisRestart = trafficDrill({
  name: 'redis-restart',
  title: 'Redis restarted under load (its data lost)',
  spreadMs: 15_000,
  faultAtMs: 4_000,
  async fault() {
    const t0 = Date.now();
    await drillServers.restart('redis', 3_000);
    return [`Redis down for ${Math.round((Date.now() - t0) / 1000)} s; restarted empty`];
  },
});
