import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import t from 'tap';
import { EMAIL_LANGUAGES } from '../../src/domain/email-language.js';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../../../../..');
const SUBJECT_START = {
  en: 'A new challenge fits your startup',
  tr: 'Girişiminize uygun yeni bir çağrı',
  fa: 'چالش تازه‌ای متناسب با استارتاپ شما',
  ar: 'تحدٍّ جديد يناسب شركتك الناشئة',
};

/** `pnpm preview:email …` exactly as a developer types it, from `cwd`. */
function preview(
  cwd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'pnpm',
      ['--silent', '--dir', REPO_ROOT, 'preview:email', ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: undefined, ...env } },
      (error, _stdout, stderr) => done({ status: error ? Number(error.code ?? 1) : 0, stderr }),
    );
  });
}

t.test('the four previews are complete RFC 822 messages that mailparser reads', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'preview-email-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const runs = await Promise.all(
    EMAIL_LANGUAGES.map((language) =>
      preview(dir, ['--lang', language, '--out', `out/email-${language}.eml`]),
    ),
  );
  for (const [i, language] of EMAIL_LANGUAGES.entries()) {
    const run = runs[i]!;
    t.equal(run.status, 0, `${language}: exit 0 ${run.stderr}`);
    // A relative --out is resolved against the caller's directory, not the repo root.
    const mail = await simpleParser(await readFile(join(dir, 'out', `email-${language}.eml`)));
    t.ok(mail.subject?.startsWith(SUBJECT_START[language]), `${language}: UTF-8 subject decoded`);
    t.ok(
      mail.text?.includes('https://citymatch.example/challenges/chl-izmir-sifir-atik'),
      `${language}: text part`,
    );
    t.ok(
      typeof mail.html === 'string' && mail.html.includes(`<html lang="${language}"`),
      `${language}: html part`,
    );
    t.equal(mail.headers.get('content-language'), language);
    const list = mail.headers.get('list') as { unsubscribe?: { url?: string; mail?: string } };
    t.match(
      list.unsubscribe?.url,
      /^https:\/\/citymatch\.example\/unsubscribe\?token=[\w-]+\.[\w-]+$/,
      `${language}: List-Unsubscribe https`,
    );
    t.match(
      list.unsubscribe?.mail,
      /^unsubscribe@citymatch\.example/,
      `${language}: List-Unsubscribe mailto`,
    );
    const post = mail.headerLines.find((h) => h.key === 'list-unsubscribe-post');
    t.equal(
      post?.line,
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      `${language}: RFC 8058 one-click`,
    );
    t.equal(
      mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address?.endsWith('.example') : false,
      true,
    );
  }
});

t.test('the digest preview', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'preview-email-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const run = await preview(dir, ['--lang', 'ar', '--out', 'digest.eml', '--digest']);
  t.equal(run.status, 0, run.stderr);
  const mail = await simpleParser(await readFile(join(dir, 'digest.eml')));
  t.equal(mail.subject, '٣ تحديات جديدة تناسب شركتك الناشئة');
});

t.test(
  'the process locale and time zone change nothing: the recipient language decides',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'preview-email-'));
    t.teardown(() => rm(dir, { recursive: true, force: true }));
    const turkishHost = { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', TZ: 'Pacific/Kiritimati' };
    const run = await preview(dir, ['--lang', 'fa', '--out', 'fa.eml'], turkishHost);
    t.equal(run.status, 0, run.stderr);
    const mail = await simpleParser(await readFile(join(dir, 'fa.eml')));
    t.ok(mail.text?.includes('مهلت ارسال: ۱ فروردین ۱۴۰۵'), 'Persian calendar, Persian digits');
    t.notOk(mail.text?.includes('Mart'), 'no Turkish month');
    t.notOk(mail.text?.includes('Merhaba'), 'no Turkish greeting');
  },
);

t.test('a bad --lang is a clear error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'preview-email-'));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const [run, missing] = await Promise.all([
    preview(dir, ['--lang', 'de', '--out', 'x.eml']),
    preview(dir, ['--out', 'x.eml']),
  ]);
  t.not(run.status, 0);
  t.match(run.stderr, 'unknown --lang "de"; expected one of en, tr, fa, ar');
  t.not(missing.status, 0);
  t.match(missing.stderr, '--lang is required');
});
