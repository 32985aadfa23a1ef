// `pnpm gen:check`: regenerates into a temporary directory and compares with the checked-in
// files (of the repository, or of the directory given as the first argument); exits 1 and
// says what to do when they are stale.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { differences, REPO_ROOT, readGenerated, writeGenerated } from './generated-tree.js';

const root = process.argv[2] ?? REPO_ROOT;

const scratch = await mkdtemp(join(tmpdir(), 'citymatch-events-gen-'));
try {
  await writeGenerated(scratch);
  const stale = differences(await readGenerated(scratch), await readGenerated(root));
  if (stale.length > 0) {
    console.error(
      `events: generated files are stale:\n  ${stale.join('\n  ')}\n` +
        'Run `pnpm gen` and commit the result.',
    );
    process.exitCode = 1;
  } else {
    console.log('events: generated files are up to date');
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
