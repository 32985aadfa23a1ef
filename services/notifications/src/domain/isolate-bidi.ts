import type { TextDirection } from './email-language.js';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u052F]/u;

/**
 * Wraps user text of the opposite direction in Unicode isolates (FSI … PDI) for plain-text
 * parts and subjects, where there is no `<bdi>`: a Turkish title ending in ")" or a digit then
 * stays whole inside a Persian sentence instead of being reordered around it.
 */
export function isolateForText(value: string, direction: TextDirection): string {
  const opposite = direction === 'rtl' ? LTR_LETTER : RTL_LETTER;
  return opposite.test(value) ? FIRST_STRONG_ISOLATE + value + POP_DIRECTIONAL_ISOLATE : value;
}
