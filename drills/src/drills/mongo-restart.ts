import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';

/** 4. The MongoDB-protocol server restarted under load. */
export const mongoRestart = trafficDrill({
  name: 'mongo-restart',
  title: 'MongoDB-protocol server restarted under load',
  spreadMs: 15_000,
  faultAtMs: 4_000,
  async fault() {
    const t0 = Date.now();
    await drillServers.restart('mongo', 3_000);
    return [`FerretDB down for ${Math.round((Date.now() - t0) / 1000)} s (stopped, 3 s, started)`];
  },
});
