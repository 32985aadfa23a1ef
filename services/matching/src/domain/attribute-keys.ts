import { normalizeTag } from '@citymatch/taxonomy';

/** Cities meet whatever their casing and script folding: `İstanbul`, `Istanbul`, `ISTANBUL`. */
export function cityKey(city: string | null | undefined): string {
  return normalizeTag(city ?? '');
}

/** ISO 3166-1 alpha-2, upper case. */
export function countryKey(country: string | null | undefined): string {
  return (country ?? '').trim().toUpperCase();
}

/** Language code, lower case. */
export function languageKey(language: string | null | undefined): string {
  return (language ?? '').trim().toLowerCase();
}
