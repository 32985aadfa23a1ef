import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';

/** 2. The broker restarted mid-stream while the consumers are busy. */
export const brokerRestart = trafficDrill({
  name: 'broker-restart',
  title: 'Broker restarted mid-stream while consumers run',
  spreadMs: 16_000,
  faultAtMs: 6_000,
  async fault() {
    const t0 = Date.now();
    await drillServers.restart('kafka', 0);
    return [`Broker restarted (down and up again in ${Math.round((Date.now() - t0) / 1000)} s)`];
  },
});
