import { trafficDrill } from '../drill.js';

/** 9. SIGTERM to every service at once mid-batch, then all started again. */
export const sigtermAll = trafficDrill({
  name: 'sigterm-all',
  title: 'SIGTERM to every service mid-batch',
  spreadMs: 20_000,
  faultAtMs: 4_000,
  async fault(ctx) {
    const t0 = Date.now();
    await ctx.system.stopAll('SIGTERM');
    const stopped = Math.round((Date.now() - t0) / 100) / 10;
    await ctx.system.startAll();
    return [
      `all four services stopped on SIGTERM in ${stopped} s, started again after ${Math.round((Date.now() - t0) / 1000)} s`,
    ];
  },
});
