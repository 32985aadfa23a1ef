/** The drills' Mailpit: the emails it caught (by Message-ID) and its chaos switch. */
export class Mailpit {
  constructor(readonly api: string) {}

  /**
   * The emails caught per match (`<challengeId>:<startupId>`) among emails whose subject holds
   * `token`: how many, and when the first arrived. The match is read from the Message-ID the
   * service fixes per match.
   */
  async emailsPerMatch(token: string): Promise<Map<string, { count: number; firstAt: number }>> {
    const counts = new Map<string, { count: number; firstAt: number }>();
    const q = encodeURIComponent(`subject:"${token}"`);
    for (let start = 0; ; start += 1000) {
      const res = await fetch(`${this.api}/api/v1/search?query=${q}&start=${start}&limit=1000`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`mailpit search: ${res.status}`);
      const body = (await res.json()) as { messages: { MessageID: string; Created: string }[] };
      for (const m of body.messages) {
        const match = /^<?match\.(.+)\.([^.@]+)@/.exec(m.MessageID);
        const key = match ? `${match[1]}:${match[2]}` : `other:${m.MessageID}`;
        const at = Date.parse(m.Created);
        const seen = counts.get(key);
        counts.set(key, {
          count: (seen?.count ?? 0) + 1,
          firstAt: Math.min(seen?.firstAt ?? at, at),
        });
      }
      if (body.messages.length < 1000) return counts;
    }
  }

  /** Make the SMTP server answer `code` to every RCPT TO (probability 100), or 0 to stop. */
  async failRecipients(code: number): Promise<void> {
    const res = await fetch(`${this.api}/api/v1/chaos`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        Sender: { ErrorCode: 451, Probability: 0 },
        Recipient: { ErrorCode: code || 451, Probability: code ? 100 : 0 },
        Authentication: { ErrorCode: 535, Probability: 0 },
      }),
    });
    if (!res.ok) throw new Error(`mailpit chaos: ${res.status} ${await res.text()}`);
  }

  async ready(): Promise<boolean> {
    const res = await fetch(`${this.api}/readyz`).catch(() => undefined);
    return res?.ok === true;
  }
}
