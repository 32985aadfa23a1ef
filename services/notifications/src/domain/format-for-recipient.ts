import { type EmailLanguage, INTL_LOCALES } from './email-language.js';

export interface RecipientFormat {
  /** A deadline or day as a long date; a date-only value is a calendar day, never shifted. */
  date(iso: string, timeZone?: string): string;
  /** A 0..1 score as a whole percentage. */
  percent(score: number): string;
  integer(value: number): string;
  /** An ISO 3166 region code as its name; anything else unchanged. */
  country(codeOrName: string): string;
  /** A BCP 47 language tag as the language's name. */
  languageName(tag: string): string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO 8601 date or date-time (with offset); throws on anything else. */
export function parseIsoDate(iso: string): { at: Date; dateOnly: boolean } {
  const dateOnly = DATE_ONLY.test(iso);
  const at = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if ((!dateOnly && !DATE_TIME.test(iso)) || Number.isNaN(at.getTime())) {
    throw new RangeError(`not an ISO 8601 date or date-time with offset: ${JSON.stringify(iso)}`);
  }
  return { at, dateOnly };
}

/** Formatters in the recipient's locale (see INTL_LOCALES for calendars and digits). */
export function formatForRecipient(language: EmailLanguage): RecipientFormat {
  let format = byLanguage.get(language);
  if (!format) {
    format = createFormat(language);
    byLanguage.set(language, format);
  }
  return format;
}

// Intl formatters are immutable and costly to build (four per email took ~0.2 ms of the
// sender's CPU), so each language's are built once.
const byLanguage = new Map<EmailLanguage, RecipientFormat>();

function createFormat(language: EmailLanguage): RecipientFormat {
  const locale = INTL_LOCALES[language];
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
  const dates = new Map<string, Intl.DateTimeFormat>();
  const dateIn = (timeZone: string) => {
    let f = dates.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
      dates.set(timeZone, f);
    }
    return f;
  };
  return {
    date(iso, timeZone = 'UTC') {
      const { at, dateOnly } = parseIsoDate(iso);
      return dateIn(dateOnly ? 'UTC' : timeZone).format(at);
    },
    percent: (score) => percent.format(Math.min(1, Math.max(0, score))),
    integer: (value) => integer.format(value),
    country(codeOrName) {
      if (!/^[A-Za-z]{2}$/.test(codeOrName)) return codeOrName;
      return regions.of(codeOrName.toUpperCase()) ?? codeOrName;
    },
    languageName(tag) {
      try {
        return languages.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}
