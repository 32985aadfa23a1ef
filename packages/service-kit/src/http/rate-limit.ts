import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { defineError } from '../problem.js';

export const RateLimited = defineError('RATE_LIMITED', 'Too many requests; retry in %s', 429);

export interface RateLimitPluginOptions {
  /** The service's ioredis client: counters are shared by every replica. */
  redis: Redis;
  /** Prefix of the Redis keys (default `citymatch-rl:`); tests use a unique one. */
  nameSpace?: string;
  /** Writes allowed per caller and route in `timeWindow` (default 60). */
  max?: number;
  /** Window in ms or as `1 minute` (default one minute). */
  timeWindow?: number | string;
}

/**
 * Route config for a write route: `{ config: { rateLimit: writeRateLimit } }`. It takes the
 * plugin's `max` and `timeWindow`; spread it to override one route
 * (`{ ...writeRateLimit, max: 5 }`).
 */
export const writeRateLimit: RateLimitOptions = {};

/** The caller a limit counts against: the token's subject, else the client address. */
export function rateLimitKey(req: FastifyRequest): string {
  const principal = (req as { principal?: { sub: string } | null }).principal;
  return principal ? `sub:${principal.sub}` : `ip:${req.ip}`;
}

/**
 * Redis-backed rate limits, off unless a route asks (`writeRateLimit`). Register it after the
 * auth plugin so limits count per caller. A refusal is 429 problem+json `RATE_LIMITED` with
 * `Retry-After`. When Redis is down requests pass unlimited rather than fail.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, opts: RateLimitPluginOptions) => {
    await app.register(rateLimit, {
      global: false,
      redis: opts.redis,
      nameSpace: opts.nameSpace ?? 'citymatch-rl:',
      max: opts.max ?? 60,
      timeWindow: opts.timeWindow ?? 60_000,
      keyGenerator: rateLimitKey,
      skipOnError: true,
      errorResponseBuilder: (_req, ctx) => new RateLimited(ctx.after),
    });
  },
  { name: 'citymatch-rate-limit', dependencies: ['citymatch-problem'] },
);
