/** Most sector tags one challenge or profile may carry. */
export const MAX_TAGS = 20;
/** Longest sector tag, in UTF-16 code units after cleaning. */
export const MAX_TAG_LENGTH = 64;

// C0 and C1 control characters; multi-line text keeps tab, line feed and carriage return.
const CONTROL = /\p{Cc}/u;
const CONTROL_MULTILINE = /[^\P{Cc}\t\n\r]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The service's catalogue error for a text field it refuses (`Field <field>: <reason>`). */
export type InvalidTextError = (field: string, reason: string) => Error;

/**
 * The text and tag cleaners of a service's write routes, refusing with the service's own
 * catalogue error: `const { cleanText, cleanTags } = inputText((f, r) => new InvalidText(f, r))`.
 */
export function inputText(invalid: InvalidTextError) {
  /**
   * Text as written, in Unicode NFC, so that the same words typed on two keyboards are stored
   * the same. Refuses lone surrogates (not Unicode text) and control characters; single-line
   * text is trimmed and must not end up empty.
   */
  function cleanText(value: string, field: string, opts: { multiline?: boolean } = {}): string {
    if (LONE_SURROGATE.test(value)) throw invalid(field, 'contains a lone surrogate');
    const text = value.normalize('NFC');
    if ((opts.multiline ? CONTROL_MULTILINE : CONTROL).test(text)) {
      throw invalid(field, 'contains a control character');
    }
    if (opts.multiline) return text;
    const trimmed = text.trim();
    if (trimmed.length === 0) throw invalid(field, 'is empty');
    return trimmed;
  }

  /**
   * Sector tags as written: NFC, trimmed, inner whitespace runs made one space, duplicates
   * dropped (first kept). The route schema bounds the raw list; this checks it again after
   * cleaning so the domain never trusts its caller.
   */
  function cleanTags(tags: readonly string[], field = 'sectors'): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const [i, tag] of tags.entries()) {
      const clean = cleanText(tag, `${field}/${i}`).replace(/\s+/gu, ' ');
      if (clean.length > MAX_TAG_LENGTH) {
        throw invalid(`${field}/${i}`, `is longer than ${MAX_TAG_LENGTH} characters`);
      }
      if (seen.has(clean)) continue;
      seen.add(clean);
      out.push(clean);
    }
    if (out.length === 0) throw invalid(field, 'has no tags');
    if (out.length > MAX_TAGS) throw invalid(field, `has more than ${MAX_TAGS} tags`);
    return out;
  }

  return { cleanText, cleanTags };
}

/**
 * The key a tag filter compares: NFKC, lower case, the combining dot of Turkish İ dropped, so
 * `Waste`, `waste` and `WASTE` find the same challenges or profiles, and `İzmir` finds `izmir`.
 */
export function tagKey(tag: string): string {
  return tag
    .normalize('NFKC')
    .trim()
    .replace(/\s+/gu, ' ')
    .toLowerCase()
    .replace(/\u0307/gu, '');
}
