import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const ALWAYS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
} as const;

/**
 * Headers an API answer needs (no helmet: this API serves JSON, not pages). Every response
 * gets nosniff, no framing and no referrer; a response to a request that carried credentials
 * also gets `cache-control: no-store` unless the route chose its own caching.
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', async (req, reply, payload) => {
      reply.headers(ALWAYS);
      if (req.headers.authorization !== undefined && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'citymatch-security-headers' },
);
