import type {
  EventEnvelope,
  Language,
  NotificationPreference,
  StartupStage,
} from '@citymatch/events';
import type { Static } from '@sinclair/typebox';

export type Stage = Static<typeof StartupStage>;
export type Preference = Static<typeof NotificationPreference>;

/** A startup profile as the domain sees it (the store adds its outbox fields). */
export interface Startup {
  id: string;
  name: string;
  description: string;
  sectors: string[];
  /** `tagKey` of each sector: what a sector filter compares. */
  sectorKeys: string[];
  /** Folded name, description and sectors: what a text search compares. */
  searchText: string;
  country: string;
  city: string;
  languages: Language[];
  preferredLanguage: Language;
  stage: Stage;
  contactEmail: string;
  notificationPreference: Preference;
  status: 'active' | 'deactivated';
  /** 1 when registered, one more per change: the ETag and the events' version. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type StartupInput = Pick<
  Startup,
  | 'name'
  | 'description'
  | 'sectors'
  | 'country'
  | 'city'
  | 'languages'
  | 'preferredLanguage'
  | 'stage'
  | 'contactEmail'
  | 'notificationPreference'
>;

export type StartupPatch = Partial<StartupInput>;

/** What a domain decision returns: the profile as it now is and the events it causes. */
export interface StartupChange {
  startup: Startup;
  events: EventEnvelope[];
}
