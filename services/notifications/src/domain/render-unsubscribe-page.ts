import { type EmailLanguage, textDirection } from './email-language.js';
import { escapeHtml } from './escape-html.js';
import { messagesFor } from './messages/messages-for.js';

// The page behind the email's unsubscribe link, for a person who clicks it (GET). A GET never
// unsubscribes: link scanners and previews fetch links (RFC 8058 §4); the page's button POSTs
// `List-Unsubscribe=One-Click` to the same URL, exactly as a mail client's one-click does.

const DONE: Readonly<Record<EmailLanguage, string>> = {
  en: 'You are unsubscribed: no more emails about matching challenges will be sent to you.',
  tr: 'Aboneliğiniz iptal edildi: eşleşen çağrılarla ilgili size artık e-posta gönderilmeyecek.',
  fa: 'اشتراک شما لغو شد: دیگر ایمیلی دربارهٔ فراخوان‌های مرتبط برایتان فرستاده نمی‌شود.',
  ar: 'تم إلغاء اشتراكك: لن تُرسل إليك بعد الآن رسائل عن التحديات المطابقة.',
};

function page(language: EmailLanguage, body: string): string {
  const dir = textDirection(language);
  const font =
    dir === 'rtl'
      ? "Vazirmatn, Tahoma, 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif"
      : "'Segoe UI', Roboto, Arial, sans-serif";
  return (
    `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1"><title>CityMatch</title></head>' +
    `<body style="font-family:${font};max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.7;">` +
    `${body}</body></html>`
  );
}

/** The confirmation form: one button that POSTs the one-click body to `actionUrl`. */
export function renderUnsubscribeForm(language: EmailLanguage, actionUrl: string): string {
  const m = messagesFor(language);
  return page(
    language,
    `<p>${escapeHtml(m.unsubscribeLead)}</p>` +
      `<form method="post" action="${escapeHtml(actionUrl)}">` +
      '<input type="hidden" name="List-Unsubscribe" value="One-Click">' +
      `<button type="submit" style="padding:.75rem 1.5rem;font:inherit;">${escapeHtml(m.unsubscribe)}</button>` +
      '</form>',
  );
}

/** What a person sees after the button: done, in their language. */
export function renderUnsubscribed(language: EmailLanguage): string {
  return page(language, `<p>${escapeHtml(DONE[language])}</p>`);
}
