import type { EmailLanguage } from '../email-language.js';
import { ar } from './ar.js';
import type { EmailMessages } from './email-messages.js';
import { en } from './en.js';
import { fa } from './fa.js';
import { tr } from './tr.js';

const CATALOGUE: Readonly<Record<EmailLanguage, EmailMessages>> = { en, tr, fa, ar };

export function messagesFor(language: EmailLanguage): EmailMessages {
  return CATALOGUE[language];
}
