import { OUTBOX_INDEX } from '@citymatch/service-kit';
import { type Connection, Schema } from 'mongoose';

const required = { required: true } as const;

const organisationSchema = new Schema(
  {
    _id: { type: String, ...required },
    kind: { type: String, ...required },
    name: { type: String, ...required },
    country: { type: String, ...required },
    city: { type: String, ...required },
    languages: { type: [String], default: [] },
    version: { type: Number, ...required },
    createdAt: { type: String, ...required },
    updatedAt: { type: String, ...required },
  },
  { versionKey: false, strict: 'throw', collection: 'organisations' },
);

const challengeSchema = new Schema(
  {
    _id: { type: String, ...required },
    orgId: { type: String, ...required },
    orgName: { type: String, ...required },
    orgKind: { type: String, ...required },
    title: { type: String, ...required },
    description: { type: String, default: '' },
    sectors: { type: [String], default: [] },
    sectorKeys: { type: [String], default: [] },
    city: { type: String, ...required },
    country: { type: String, ...required },
    language: { type: String, ...required },
    deadline: { type: String, default: null },
    contactEmail: { type: String, ...required },
    status: { type: String, ...required },
    version: { type: Number, ...required },
    createdAt: { type: String, ...required },
    updatedAt: { type: String, ...required },
    // the transactional outbox (service-kit outbox-fields.ts): events ride in this document
    outbox: { type: [Schema.Types.Mixed], default: [] },
    outboxPending: { type: Boolean, default: false },
    outboxSeq: { type: Number, default: 0 },
  },
  { versionKey: false, strict: 'throw', collection: 'challenges' },
);
challengeSchema.index(OUTBOX_INDEX);
challengeSchema.index({ status: 1, _id: -1 });
challengeSchema.index({ orgId: 1, _id: -1 });

/** The service's models on its own connection (one database per service, per test file). */
export function defineModels(conn: Connection) {
  return {
    Organisation: conn.model('Organisation', organisationSchema),
    Challenge: conn.model('Challenge', challengeSchema),
  };
}

export type Models = ReturnType<typeof defineModels>;
