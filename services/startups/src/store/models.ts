import { OUTBOX_INDEX } from '@citymatch/service-kit';
import { type Connection, Schema } from 'mongoose';

const required = { required: true } as const;

const startupSchema = new Schema(
  {
    _id: { type: String, ...required },
    name: { type: String, ...required },
    description: { type: String, default: '' },
    sectors: { type: [String], default: [] },
    sectorKeys: { type: [String], default: [] },
    searchText: { type: String, default: '' },
    country: { type: String, ...required },
    city: { type: String, ...required },
    languages: { type: [String], default: [] },
    preferredLanguage: { type: String, ...required },
    stage: { type: String, ...required },
    contactEmail: { type: String, ...required },
    notificationPreference: { type: String, ...required },
    status: { type: String, ...required },
    version: { type: Number, ...required },
    createdAt: { type: String, ...required },
    updatedAt: { type: String, ...required },
    // the transactional outbox (service-kit outbox-fields.ts): events ride in this document
    outbox: { type: [Schema.Types.Mixed], default: [] },
    outboxPending: { type: Boolean, default: false },
    outboxSeq: { type: Number, default: 0 },
  },
  { versionKey: false, strict: 'throw', collection: 'startups' },
);
startupSchema.index(OUTBOX_INDEX);
startupSchema.index({ status: 1, _id: -1 });

/** The service's models on its own connection (one database per service, per test file). */
export function defineModels(conn: Connection) {
  return { Startup: conn.model('Startup', startupSchema) };
}

export type Models = ReturnType<typeof defineModels>;
