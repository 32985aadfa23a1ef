import type { TextDirection } from './email-language.js';
import { escapeHtml } from './escape-html.js';
import { isolateForText } from './isolate-bidi.js';

export type TemplateValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(
  template: string,
  values: TemplateValues,
  literal: (s: string) => string,
  value: (s: string) => string,
): string {
  let out = '';
  let last = 0;
  for (const found of template.matchAll(PLACEHOLDER)) {
    const name = found[1] ?? '';
    const given = values[name];
    if (given === undefined) throw new Error(`message template needs a value for {${name}}`);
    out += literal(template.slice(last, found.index)) + value(given);
    last = found.index + found[0].length;
  }
  return out + literal(template.slice(last));
}

/** Fills a message template for a plain-text part or a subject. */
export function fillText(
  template: string,
  values: TemplateValues,
  direction: TextDirection,
): string {
  return fill(
    template,
    values,
    (s) => s,
    (v) => isolateForText(v, direction),
  );
}

/** Fills a message template as HTML: the words are escaped, each value is escaped in a `<bdi>`. */
export function fillHtml(template: string, values: TemplateValues): string {
  return fill(template, values, escapeHtml, (v) => `<bdi>${escapeHtml(v)}</bdi>`);
}

/** The placeholder names a template uses, for checking translations against each other. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}
