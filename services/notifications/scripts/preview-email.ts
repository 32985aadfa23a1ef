// Renders the built-in sample match with the service's own code and writes it as an RFC 822
// message: `pnpm preview:email --lang <en|tr|fa|ar> --out <file.eml> [--digest]`.
// A relative --out is taken from the directory pnpm was run in (INIT_CWD), the repo root.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import MailComposer from 'nodemailer/lib/mail-composer';
import { composeMime } from '../src/domain/compose-mime.js';
import { EMAIL_LANGUAGES, isEmailLanguage } from '../src/domain/email-language.js';
import { renderDigestEmail } from '../src/domain/render-digest-email.js';
import { renderMatchEmail } from '../src/domain/render-match-email.js';
import { sampleDigestEmailInput, sampleMatchEmailInput } from '../src/domain/sample-match.js';

const USAGE = `usage: pnpm preview:email --lang <${EMAIL_LANGUAGES.join('|')}> --out <file.eml> [--digest]`;

function fail(message: string): never {
  process.stderr.write(`preview-email: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs(argv: string[]): { lang: string; out: string; digest: boolean } {
  // `pnpm preview:email -- --lang fa` hands the `--` on; drop it.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  let parsed: ReturnType<typeof parse>;
  function parse(a: string[]) {
    return parseArgs({
      args: a,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        digest: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  }
  try {
    parsed = parse(args);
  } catch (error) {
    fail((error as Error).message);
  }
  const { lang, out, digest, help } = parsed.values;
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (lang === undefined) fail('--lang is required');
  if (out === undefined || out === '') fail('--out is required');
  return { lang, out, digest: digest === true };
}

async function main(): Promise<void> {
  const { lang, out, digest } = readArgs(process.argv.slice(2));
  if (!isEmailLanguage(lang)) {
    fail(`unknown --lang ${JSON.stringify(lang)}; expected one of ${EMAIL_LANGUAGES.join(', ')}`);
  }
  const email = digest
    ? renderDigestEmail(sampleDigestEmailInput(lang))
    : renderMatchEmail(sampleMatchEmailInput(lang));
  const recipient = (digest ? sampleDigestEmailInput(lang) : sampleMatchEmailInput(lang)).recipient;
  const options = composeMime(email, {
    from: { name: 'CityMatch', address: 'notifications@citymatch.example' },
    to: { name: recipient.name, address: recipient.email },
    messageId: `<preview-${digest ? 'digest' : 'match'}-${lang}@citymatch.example>`,
  });
  const message = await new MailComposer(options).compile().build();
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, message);
  process.stdout.write(`wrote ${path} (${lang}, ${message.length} bytes)\n`);
}

await main();
