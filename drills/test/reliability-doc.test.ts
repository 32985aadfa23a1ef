import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { percentile } from '../src/percentile.js';
import { writeSection } from '../src/reliability-doc.js';

t.test('a run rewrites its own section of the note and keeps the other one', async (t) => {
  const path = join(mkdtempSync(join(tmpdir(), 'reliability-')), 'reliability.md');
  writeSection('load', '## Load\n\nfirst load figures', path);
  writeSection('drills', '## Drills\n\nfirst drills figures', path);
  writeSection('drills', '## Drills\n\nsecond drills figures', path);
  const doc = readFileSync(path, 'utf8');
  t.match(doc, /^# Reliability/);
  t.match(doc, 'second drills figures');
  t.notMatch(doc, 'first drills figures');
  t.match(doc, 'first load figures', 'the load figures survive a drills run');
  t.equal(doc.split('<!-- drills:start -->').length, 2, 'one drills section');
});

t.test('p50 / p99 by nearest rank', async (t) => {
  const values = Array.from({ length: 100 }, (_, i) => 100 - i);
  t.equal(percentile(values, 50), 50);
  t.equal(percentile(values, 99), 99);
  t.equal(percentile([7], 99), 7);
  t.ok(Number.isNaN(percentile([], 50)));
});
