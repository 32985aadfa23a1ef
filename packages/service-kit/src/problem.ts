import createError from '@fastify/error';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** RFC 9457 problem details, the body of every error this platform answers. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

/**
 * Define a catalogue entry: `const NotFound = defineError('CHALLENGE_NOT_FOUND', 'Challenge %s not found', 404)`.
 * Codes are prefixed by the service's domain and unique in its catalogue.
 */
export function defineError(code: string, message: string, statusCode: number) {
  return createError(code, message, statusCode);
}

export const ValidationFailed = defineError(
  'VALIDATION_FAILED',
  'The request is not valid: %s',
  400,
);

function toProblem(err: FastifyError, url: string): Problem {
  const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
  if (err.validation) {
    return {
      type: 'about:blank',
      title: 'Request validation failed',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: err.message,
      instance: url,
      errors: err.validation.map((v) => ({
        path: `${err.validationContext ?? 'body'}${v.instancePath}`,
        message: v.message ?? 'invalid',
      })),
    };
  }
  // `code` is ours or Fastify's string; driver errors (MongoServerError, KafkaJS) carry numbers
  const own = typeof err.code === 'string' ? err.code : undefined;
  const code = !own || own.startsWith('FST_') ? fastifyCode(status) : own;
  return {
    type: 'about:blank',
    title: status >= 500 ? 'Internal error' : titleFor(status),
    status,
    code,
    detail: status >= 500 ? 'An unexpected error occurred.' : err.message,
    instance: url,
  };
}

function fastifyCode(status: number): string {
  const byStatus: Record<number, string> = {
    400: 'BAD_REQUEST',
    401: 'UNAUTHORIZED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    406: 'NOT_ACCEPTABLE',
    409: 'CONFLICT',
    412: 'PRECONDITION_FAILED',
    413: 'PAYLOAD_TOO_LARGE',
    415: 'UNSUPPORTED_MEDIA_TYPE',
    428: 'PRECONDITION_REQUIRED',
    429: 'TOO_MANY_REQUESTS',
  };
  return byStatus[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
}

function titleFor(status: number): string {
  return fastifyCode(status)
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** One error handler and one 404 handler for the whole app, answering application/problem+json. */
export const problemPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError, req, reply) => {
      const problem = toProblem(err, req.url);
      if (problem.status >= 500) req.log.error({ err }, 'request failed');
      else req.log.info({ code: problem.code, status: problem.status }, 'request refused');
      const headers = (err as { headers?: Record<string, string> }).headers;
      if (headers) reply.headers(headers);
      reply.code(problem.status).type('application/problem+json').send(problem);
    });
    app.setNotFoundHandler((req, reply) => {
      reply
        .code(404)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          code: 'NOT_FOUND',
          detail: `No route ${req.method} ${req.url.split('?')[0]}`,
          instance: req.url,
        } satisfies Problem);
    });
  },
  { name: 'citymatch-problem' },
);
