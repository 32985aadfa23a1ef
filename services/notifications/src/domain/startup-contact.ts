import type { EmailLanguage } from './email-language.js';

/** What the service knows of a startup, from startups.v1 and one-click unsubscribes. */
export interface StartupContact {
  startupId: string;
  name: string;
  email: string;
  language: EmailLanguage;
  preference: 'each_match' | 'daily_digest' | 'unsubscribed';
  active: boolean;
  /** Set by a one-click unsubscribe; cleared when the startup later changes its preference. */
  unsubscribedAt?: Date;
}
