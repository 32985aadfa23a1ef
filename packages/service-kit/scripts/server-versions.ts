// The versions of the servers this machine's services talk to, as one JSON line (for reports).
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { serverUrls } from '../src/index.js';

const urls = serverUrls();
const pom = new URL('../../../infra/kafka/pom.xml', import.meta.url);
const kafka = /<kafka\.version>(.*)<\/kafka\.version>/.exec(readFileSync(pom, 'utf8'))?.[1];

const mongo = new MongoClient(urls.mongoUrl, { serverSelectionTimeoutMS: 5000 });
const info = await mongo
  .db('admin')
  .command({ buildInfo: 1 })
  .catch(() => ({}) as Record<string, unknown>);
await mongo.close();
const ferret = (info.ferretdbVersion ?? (info.ferretdb as { version?: string })?.version) as
  | string
  | undefined;

const redis = new Redis(urls.redisUrl, { lazyConnect: true });
await redis.connect();
const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1];
await redis.quit();

const mailpit = (await fetch(`${urls.mailpitApi}/api/v1/info`)
  .then((r) => r.json())
  .catch(() => ({}))) as { Version?: string };

console.log(
  JSON.stringify({
    kafka: kafka ? `Apache Kafka ${kafka} (KRaft)` : 'Kafka (unknown)',
    mongo: ferret
      ? `FerretDB ${ferret} (MongoDB wire ${info.version})`
      : `MongoDB ${info.version ?? '?'}`,
    redis: `Redis ${redisVersion ?? '?'}`,
    smtp: `Mailpit ${mailpit.Version ?? '?'}`,
  }),
);
