import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const ALWAYS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // browsers only honour it over https (behind the ingress); harmless on plain http
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
} as const;

/** An API answer is never a page: nothing may load from it, nothing may frame it. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers an API answer needs (no helmet: this API serves JSON, not pages). Every response
 * gets nosniff, no framing, no referrer and HSTS, and a non-HTML one a CSP that allows nothing;
 * a response to a request that carried credentials
 * also gets `cache-control: no-store` unless the route chose its own caching.
 */
export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onSend', async (req, reply, payload) => {
      reply.headers(ALWAYS);
      reply.removeHeader('x-powered-by');
      // an HTML page (the API docs, the unsubscribe page) sets the policy it needs itself
      const type = String(reply.getHeader('content-type') ?? '');
      if (!reply.hasHeader('content-security-policy') && !type.startsWith('text/html')) {
        reply.header('content-security-policy', API_CSP);
      }
      if (req.headers.authorization !== undefined && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'citymatch-security-headers' },
);
