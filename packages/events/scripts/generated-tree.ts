import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, generatedFiles } from './generated-files.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function filesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Writes every generated file under `root` and deletes files no longer generated. */
export async function writeGenerated(root: string): Promise<string[]> {
  const files = generatedFiles();
  for (const path of await filesUnder(root, GENERATED_DIR)) {
    if (!(path in files)) await rm(join(root, path));
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return Object.keys(files).sort();
}

/** The generated files under `root`, as they are on disk. */
export async function readGenerated(root: string): Promise<Record<string, string>> {
  const paths = new Set([
    ...Object.keys(generatedFiles()),
    ...(await filesUnder(root, GENERATED_DIR)),
  ]);
  const files: Record<string, string> = {};
  for (const path of [...paths].sort()) {
    const content = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (content !== undefined) files[path] = content;
  }
  return files;
}

/** Paths that differ between two trees of generated files, each with why. */
export function differences(
  expected: Record<string, string>,
  actual: Record<string, string>,
): string[] {
  const paths = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return paths.flatMap((path) => {
    if (!(path in actual)) return [`${path}: missing`];
    if (!(path in expected)) return [`${path}: no longer generated`];
    return expected[path] === actual[path] ? [] : [`${path}: out of date`];
  });
}
