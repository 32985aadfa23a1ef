import type { EmailLanguage, TextDirection } from './email-language.js';
import { escapeHtml } from './escape-html.js';

// Email clients drop <style> blocks and ignore logical CSS properties, so every element carries
// its own inline style with physical sides (right for RTL, left for LTR).

const FONT_STACK: Readonly<Record<TextDirection, string>> = {
  ltr: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  rtl: "Vazirmatn, Tahoma, 'Noto Naskh Arabic', 'Noto Sans Arabic', 'Segoe UI', sans-serif",
};

export interface LayoutSides {
  direction: TextDirection;
  /** The side text starts on. */
  start: 'left' | 'right';
  end: 'left' | 'right';
}

export function layoutSides(direction: TextDirection): LayoutSides {
  return direction === 'rtl'
    ? { direction, start: 'right', end: 'left' }
    : { direction, start: 'left', end: 'right' };
}

export function paragraph(html: string, sides: LayoutSides, extraStyle = ''): string {
  return `<p style="margin:0 0 16px;text-align:${sides.start};${extraStyle}">${html}</p>`;
}

export function heading(html: string, sides: LayoutSides): string {
  return `<h2 style="margin:24px 0 12px;font-size:18px;line-height:1.5;color:#111827;text-align:${sides.start};">${html}</h2>`;
}

export function detailsTable(
  rows: ReadonlyArray<[label: string, valueHtml: string]>,
  sides: LayoutSides,
): string {
  const cells = rows
    .map(
      ([label, value]) =>
        `<tr><td style="padding:6px 0;padding-${sides.end}:16px;color:#6b7280;vertical-align:top;white-space:nowrap;text-align:${sides.start};">${escapeHtml(label)}</td>` +
        `<td style="padding:6px 0;color:#111827;vertical-align:top;text-align:${sides.start};">${value}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" dir="${sides.direction}" style="border-collapse:collapse;margin:0 0 16px;">${cells}</table>`;
}

export function bulletList(itemsHtml: readonly string[], sides: LayoutSides): string {
  const items = itemsHtml.map((item) => `<li style="margin:0 0 8px;">${item}</li>`).join('');
  return `<ul dir="${sides.direction}" style="margin:0 0 16px;padding:0;padding-${sides.start}:22px;text-align:${sides.start};">${items}</ul>`;
}

export function button(href: string, label: string, sides: LayoutSides): string {
  return paragraph(
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 22px;background-color:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${escapeHtml(label)}</a>`,
    sides,
    'margin:8px 0 24px;',
  );
}

export function divider(): string {
  return '<hr style="border:0;border-top:1px solid #e5e7eb;margin:24px 0;">';
}

export interface HtmlDocument {
  language: EmailLanguage;
  sides: LayoutSides;
  title: string;
  contentHtml: string;
  footerHtml: string;
}

/** The whole HTML part: a centred 600px card, the language and direction on every level. */
export function htmlDocument(doc: HtmlDocument): string {
  const { direction, start } = doc.sides;
  const font = FONT_STACK[direction];
  return [
    '<!DOCTYPE html>',
    `<html lang="${doc.language}" dir="${direction}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '</head>',
    `<body dir="${direction}" style="margin:0;padding:0;background-color:#f3f4f6;direction:${direction};font-family:${font};">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" dir="${direction}" style="width:100%;background-color:#f3f4f6;">`,
    '<tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" dir="${direction}" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:8px;">`,
    `<tr><td data-part="content" style="padding:32px;direction:${direction};text-align:${start};font-family:${font};font-size:16px;line-height:1.7;color:#1f2937;">`,
    doc.contentHtml,
    '</td></tr>',
    `<tr><td data-part="footer" style="padding:16px 32px 28px;direction:${direction};text-align:${start};font-family:${font};font-size:13px;line-height:1.6;color:#6b7280;border-top:1px solid #e5e7eb;">`,
    doc.footerHtml,
    '</td></tr>',
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
