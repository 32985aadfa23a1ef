/** The drills' Mailpit: the emails it caught (by Message-ID) and its chaos switch. */
export class Mailpit {
  constructor(readonly api: string) {}

  /**
   * How many emails were caught per match (`<challengeId>:<startupId>`) among emails whose
   * subject holds `token`; the match is read from the Message-ID the service fixes per match.
   */
  async emailsPerMatch(token: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const q = encodeURIComponent(`subject:"${token}"`);
    for (let start = 0; ; start += 1000) {
      const res = await fetch(`${this.api}/api/v1/search?query=${q}&start=${start}&limit=1000`, {
        signal: AbortSignal.timeout(30_000),
      });
      if (!res.ok) throw new Error(`mailpit search: ${res.status}`);
      const body = (await res.json()) as { messages: { MessageID: string }[] };
      for (const m of body.messages) {
        const match = /^<?match\.(.+)\.([^.@]+)@/.exec(m.MessageID);
        const key = match ? `${match[1]}:${match[2]}` : `other:${m.MessageID}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
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
