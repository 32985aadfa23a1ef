import { serverUrls } from '@citymatch/service-kit';
import { waitUntil } from '@citymatch/testkit';

export interface MailpitSummary {
  ID: string;
  MessageID: string;
  Subject: string;
  To: { Address: string; Name: string }[];
}

/** Mailpit's REST API: read back what the SMTP server received. */
export function mailpit(api = serverUrls().mailpitApi) {
  const get = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${api}${path}`);
    if (!res.ok) throw new Error(`mailpit ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const self = {
    api,
    /** Messages addressed to `address`. */
    async to(address: string): Promise<MailpitSummary[]> {
      const q = encodeURIComponent(`to:"${address}"`);
      const res = await get<{ messages: MailpitSummary[] }>(`/api/v1/search?query=${q}&limit=50`);
      return res.messages.filter((m) => m.To.some((to) => to.Address === address));
    },
    /** Wait until at least `count` messages to `address` arrived. */
    async waitFor(address: string, count = 1, timeoutMs = 30_000) {
      let seen: MailpitSummary[] = [];
      await waitUntil(
        async () => {
          seen = await self.to(address);
          return seen.length >= count;
        },
        {
          timeoutMs,
          intervalMs: 250,
          what: () => `${count} emails to ${address} (saw ${seen.length})`,
        },
      );
      return seen;
    },
    /** The raw RFC 822 source of a message. */
    async raw(id: string): Promise<string> {
      const res = await fetch(`${api}/api/v1/message/${id}/raw`);
      return res.text();
    },
    /** Make the SMTP server answer `code` to RCPT TO (100% of the time), or stop (null). */
    async chaosRecipient(code: number | null) {
      const res = await fetch(`${api}/api/v1/chaos`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          Recipient:
            code === null
              ? { ErrorCode: 451, Probability: 0 }
              : { ErrorCode: code, Probability: 100 },
        }),
      });
      if (!res.ok) throw new Error(`mailpit chaos: ${res.status} ${await res.text()}`);
      return res.json();
    },
  };
  return self;
}

/** A header of a raw message, unfolded (`List-Unsubscribe` spans lines). */
export function rawHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im');
  return re.exec(unfolded)?.[1]?.trim();
}
