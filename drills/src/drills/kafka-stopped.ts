import { trafficDrill } from '../drill.js';
import { drillServers } from '../infra-servers.js';
import { sleep } from '../wait-for.js';

/** 1. Kafka stopped while the APIs take writes, then started again. */
export const kafkaStopped = trafficDrill({
  name: 'kafka-stopped',
  title: 'Kafka stopped during writes, then restarted',
  spreadMs: 14_000,
  faultAtMs: 2_000,
  async fault() {
    await drillServers.down('kafka');
    const t0 = Date.now();
    await sleep(8_000);
    await drillServers.up('kafka');
    return [`Kafka down for ${Math.round((Date.now() - t0) / 1000)} s while writes went on`];
  },
});
