/** Where the real servers are: the environment (see `infra/env`), else infra's default ports. */
export function serverUrls(env = process.env) {
  return {
    kafkaBrokers: (env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim()),
    mongoUrl: env.MONGO_URL ?? 'mongodb://127.0.0.1:27018',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:16379',
    smtpUrl: env.SMTP_URL ?? 'smtp://127.0.0.1:11025',
    mailpitApi: env.MAILPIT_API ?? 'http://127.0.0.1:18025',
  };
}

/** A name no other test run uses: for topics, databases, consumer groups. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
