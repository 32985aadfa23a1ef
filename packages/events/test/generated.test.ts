import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { generatedFiles } from '../scripts/generated-files.js';
import { differences, REPO_ROOT, readGenerated } from '../scripts/generated-tree.js';
import { EVENT_TYPES } from '../src/index.js';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url).pathname;

t.test('the checked-in generated files are up to date (run `pnpm gen` if not)', async (t) => {
  t.strictSame(differences(generatedFiles(), await readGenerated(REPO_ROOT)), []);
});

t.test('generation is deterministic and covers every type', async (t) => {
  const once = generatedFiles();
  t.strictSame(generatedFiles(), once);
  for (const type of EVENT_TYPES) {
    const path = `packages/events/generated/schemas/${type}.json`;
    const schema = JSON.parse(once[path] ?? 'null');
    t.equal(schema?.$id, `urn:citymatch:events:${type}:v1`, path);
  }
  for (const content of Object.values(once)) t.ok(content.endsWith('\n'));
  t.match(once['docs/events.md'], /\| `match\.found` \| `matching\.v1` \| challengeId \|/);
});

t.test('gen:check fails with a clear message when a file is stale', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'events-gen-check-'));
  t.teardown(() => rm(root, { recursive: true, force: true }));
  await cp(join(REPO_ROOT, 'packages/events/generated'), join(root, 'packages/events/generated'), {
    recursive: true,
  });
  await cp(join(REPO_ROOT, 'docs/events.md'), join(root, 'docs/events.md'));
  const check = (dir: string) =>
    run('tsx', ['scripts/check-generated.ts', dir], { cwd: packageDir }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

  t.equal((await check(root)).code, 0, 'a fresh copy passes');

  const schema = join(root, 'packages/events/generated/schemas/match.found.json');
  await writeFile(schema, (await readFile(schema, 'utf8')).replace('"rank"', '"position"'));
  await writeFile(join(root, 'packages/events/generated/schemas/match.lost.json'), '{}\n');
  const stale = await check(root);
  t.equal(stale.code, 1);
  t.match(stale.stderr, 'generated/schemas/match.found.json: out of date');
  t.match(stale.stderr, 'generated/schemas/match.lost.json: no longer generated');
  t.match(stale.stderr, 'Run `pnpm gen`');
});
