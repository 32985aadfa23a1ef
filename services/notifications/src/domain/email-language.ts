/** The languages a startup can receive email in. */
export const EMAIL_LANGUAGES = ['en', 'tr', 'fa', 'ar'] as const;

export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

export type TextDirection = 'ltr' | 'rtl';

export function isEmailLanguage(value: unknown): value is EmailLanguage {
  return typeof value === 'string' && (EMAIL_LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(language: EmailLanguage): TextDirection {
  return language === 'fa' || language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The `Intl` locale each language formats dates and numbers with. Calendar and digits are
 * pinned in the tag, so the output does not drift with the ICU version Node ships:
 * - en: British English ("21 March 2026"), day before month as most English readers outside
 *   the US expect; the month is spelled out either way.
 * - tr: Turkish ("21 Mart 2026", "%87").
 * - fa: Solar Hijri calendar with Persian digits ("۱ فروردین ۱۴۰۵"), what Iranian readers use.
 * - ar: Gregorian calendar with Arabic-Indic digits ("٢١ مارس ٢٠٢٦", "٨٧٪"). CLDR's bare `ar`
 *   now defaults to Latin digits, but formal Arabic text in Egypt, the Levant, Iraq and the Gulf
 *   uses Arabic-Indic ones, and they sit naturally in right-to-left text; the Maghreb, which
 *   prefers Latin digits, would need a region on the startup's profile (not modelled yet).
 */
export const INTL_LOCALES: Readonly<Record<EmailLanguage, string>> = {
  en: 'en-GB',
  tr: 'tr-TR',
  fa: 'fa-IR-u-ca-persian-nu-arabext',
  ar: 'ar-u-ca-gregory-nu-arab',
};
