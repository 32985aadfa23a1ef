import { InvalidText } from '../errors.js';

// C0 and C1 control characters; multi-line text keeps tab, line feed and carriage return.
const CONTROL = /\p{Cc}/u;
const CONTROL_MULTILINE = /[^\P{Cc}\t\n\r]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text as written, in Unicode NFC, so that the same words typed on two keyboards are stored
 * the same. Refuses lone surrogates (not Unicode text) and control characters; single-line
 * text is trimmed and must not end up empty.
 */
export function cleanText(value: string, field: string, opts: { multiline?: boolean } = {}) {
  if (LONE_SURROGATE.test(value)) throw new InvalidText(field, 'contains a lone surrogate');
  const text = value.normalize('NFC');
  if ((opts.multiline ? CONTROL_MULTILINE : CONTROL).test(text)) {
    throw new InvalidText(field, 'contains a control character');
  }
  if (opts.multiline) return text;
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new InvalidText(field, 'is empty');
  return trimmed;
}
