import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SendMailOptions } from 'nodemailer';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { buildMime, isSimpleMessage } from './build-mime.js';

export interface SentMail {
  messageId: string;
  /** The SMTP server's final reply (`250 OK …`), or where the .eml file went. */
  response: string;
}

/** Where emails go: a pooled SMTP transport, or .eml files in a folder. */
export interface MailTransport {
  readonly kind: 'smtp' | 'eml';
  send(message: SendMailOptions): Promise<SentMail>;
  /** The SMTP server answers EHLO (for the eml folder: it can be created). */
  verify(): Promise<void>;
  close(): void;
}

export interface MailTransportOptions {
  /** `smtp://host:port`; empty for the .eml folder. */
  smtpUrl: string;
  poolSize: number;
  emlDir: string;
  /** false: one connection per message, no pool (the bench compares the two). */
  pool?: boolean;
}

/** nodemailer over SMTP with a connection pool; without an SMTP URL, .eml files in a folder. */
export function createMailTransport(opts: MailTransportOptions): MailTransport {
  if (opts.smtpUrl === '') return emlFolderTransport(resolve(opts.emlDir));
  const pooled = opts.pool ?? true;
  const transporter = nodemailer.createTransport({
    url: opts.smtpUrl,
    ...(pooled ? { pool: true, maxConnections: opts.poolSize, maxMessages: 1000 } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  return {
    kind: 'smtp',
    async send(message) {
      // Built in memory first: streamed, the MIME tree went to the socket in many small writes
      // (one per header block and encoded chunk), the largest item of nodemailer's share in
      // profiles of this service. As one buffer it takes two (the data and the closing dot).
      // Same bytes either way.
      const { raw, envelope, messageId } = await toMime(message);
      const info = await transporter.sendMail({ envelope, raw });
      return { messageId, response: String(info.response ?? '') };
    },
    async verify() {
      await transporter.verify();
    },
    close: () => transporter.close(),
  };
}

/**
 * The message as one buffer, with its envelope and Message-ID. The emails composeMime makes are
 * written by buildMime (the same bytes as MailComposer's, without its MIME tree); anything else
 * by MailComposer.
 */
async function toMime(
  message: SendMailOptions,
): Promise<{ raw: Buffer; envelope: SendMailOptions['envelope']; messageId: string }> {
  if (isSimpleMessage(message)) return buildMime(message);
  const mime = new MailComposer(message).compile();
  return { raw: await mime.build(), envelope: mime.getEnvelope(), messageId: mime.messageId() };
}

function emlFolderTransport(dir: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    kind: 'eml',
    async send(message) {
      const info = (await composer.sendMail(message)) as { messageId: string; message: Buffer };
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${info.messageId.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
      await writeFile(file, info.message);
      return { messageId: info.messageId, response: `written to ${file}` };
    },
    async verify() {
      await mkdir(dir, { recursive: true });
    },
    close: () => composer.close(),
  };
}

/** The SMTP reply (or connection error) of a failed send, as one line for events and logs. */
export function describeSendError(err: unknown): string {
  const e = err as {
    response?: unknown;
    responseCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (typeof e?.response === 'string' && e.response !== '') return e.response.slice(0, 2000);
  const code = typeof e?.code === 'string' ? `${e.code}: ` : '';
  return `${code}${String(e?.message ?? err)}`.slice(0, 2000);
}
