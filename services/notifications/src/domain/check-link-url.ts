const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the URL as a normalized href if it is https (or http on a loopback host, for local
 * runs); throws otherwise, so no `javascript:` or mistyped link ever reaches an email.
 */
export function checkWebUrl(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`${what} is not a URL: ${JSON.stringify(url)}`);
  }
  const loopbackHttp = parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !loopbackHttp) {
    throw new RangeError(`${what} must be an https URL: ${JSON.stringify(url)}`);
  }
  return parsed.href;
}

/** Returns a `mailto:` URI for a mailto URI or a bare address; throws otherwise. */
export function checkMailto(mailto: string): string {
  const uri = mailto.startsWith('mailto:') ? mailto : `mailto:${mailto}`;
  if (!/^mailto:[^\s<>@,]+@[^\s<>@,?]+(\?[^\s<>]*)?$/.test(uri)) {
    throw new RangeError(`unsubscribe mailto is not an address: ${JSON.stringify(mailto)}`);
  }
  return uri;
}
