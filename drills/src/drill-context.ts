import type { MongoClient } from 'mongodb';
import type { ApiClient } from './api-client.js';
import type { DrillSystem } from './drill-system.js';
import type { Mailpit } from './mailpit.js';
import type { TopicCensus } from './topic-census.js';

/** What every drill gets: the running system and the means to count what it did. */
export interface DrillContext {
  system: DrillSystem;
  api: ApiClient;
  census: TopicCensus;
  mailpit: Mailpit;
  mongo: MongoClient;
  log: (line: string) => void;
}
