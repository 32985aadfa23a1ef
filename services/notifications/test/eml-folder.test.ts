import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntil } from '@citymatch/testkit';
import { simpleParser } from 'mailparser';
import t from 'tap';
import { kafkaProducer, matchFound, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-app.js';

t.test('without SMTP_URL the email is written as an .eml file to EML_DIR', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'notifications-eml-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const { topics } = await testService(t, { SMTP_URL: '', EML_DIR: dir });
  const kafka = await kafkaProducer(t);
  const registered = startupRegistered({ preferredLanguage: 'ar' });
  await kafka.send(topics.startups, [registered]);
  await kafka.send(topics.matching, [matchFound(registered.data.startupId, { language: 'ar' })]);

  await waitUntil(() => readdirSync(dir).some((f) => f.endsWith('.eml')), {
    timeoutMs: 45_000,
    what: () => 'an .eml file',
  });
  const [file] = readdirSync(dir);
  const parsed = await simpleParser(readFileSync(join(dir, file!)));
  t.equal(
    parsed.to && 'value' in parsed.to ? parsed.to.value[0]?.address : undefined,
    registered.data.contactEmail,
  );
  t.match(parsed.html, /<html[^>]*lang="ar"/);
  t.ok(parsed.text);
});
