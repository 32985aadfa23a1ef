import type { FastifyInstance } from 'fastify';
import { InvalidEncoding } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON bodies must be valid UTF-8. Fastify's own parser decodes bytes leniently (a bad byte
 * becomes U+FFFD and would be stored silently); this one refuses them, then parses with
 * Fastify's default parser (prototype-poisoning protection kept).
 */
export function strictJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(new InvalidEncoding(), undefined);
      return;
    }
    parseJson(req, text, done);
  });
}
