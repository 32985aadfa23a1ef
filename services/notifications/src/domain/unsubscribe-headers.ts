import { checkMailto, checkWebUrl } from './check-link-url.js';
import type { UnsubscribeHeaders, UnsubscribeLinks } from './match-email-input.js';

/**
 * RFC 8058 one-click unsubscribe: the https URL first (mail clients POST
 * `List-Unsubscribe=One-Click` to it), then the mailto fallback of RFC 2369.
 */
export function unsubscribeHeaders(links: UnsubscribeLinks): UnsubscribeHeaders {
  const url = checkWebUrl(links.url, 'unsubscribe url');
  return {
    'List-Unsubscribe': `<${url}>, <${checkMailto(links.mailto)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
