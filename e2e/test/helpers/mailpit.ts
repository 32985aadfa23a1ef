import { serverUrls } from '@citymatch/service-kit';

export interface CaughtEmail {
  id: string;
  subject: string;
  language: string | undefined;
}

/** Emails Mailpit caught for exactly `address`, with their Content-Language. */
export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const api = serverUrls().mailpitApi;
  const q = encodeURIComponent(`to:"${address}"`);
  const res = await fetch(`${api}/api/v1/search?query=${q}&limit=50`);
  if (!res.ok) throw new Error(`mailpit search: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as {
    messages: { ID: string; Subject: string; To: { Address: string }[] }[];
  };
  const mine = body.messages.filter((m) => m.To.some((to) => to.Address === address));
  return Promise.all(
    mine.map(async (m) => {
      const raw = await (await fetch(`${api}/api/v1/message/${m.ID}/raw`)).text();
      const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
      const language = /^Content-Language:[ \t]*(.*)$/im.exec(head)?.[1]?.trim();
      return { id: m.ID, subject: m.Subject, language };
    }),
  );
}
