import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveInLesson } from './lesson-files.ts';

/**
 * The hand-over from the loader, which renders the pages and so learns which lesson files they
 * link to, to the integration, which copies files into the site (and serves them in dev): a JSON
 * object in the build's cache folder, site path (no leading slash) → lesson path.
 */
const manifestFile = (cacheDir: string) => join(cacheDir, 'lesson-linked-files.json');

export function writeLinkedFiles(cacheDir: string, files: ReadonlyMap<string, string>): void {
  const path = manifestFile(cacheDir);
  mkdirSync(dirname(path), { recursive: true });
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(path, `${JSON.stringify(Object.fromEntries(sorted), null, 1)}\n`);
}

/**
 * The linked files of the last render, each as its real path on disk, through the lesson-file
 * gate again (the manifest is only a list of names: a file that is now a link out of the lesson,
 * or into a dot-folder, is not published; nor is an entry whose site path is not its lesson path).
 * Empty when nothing was rendered yet.
 */
export function readLinkedFiles(
  cacheDir: string,
  lessonDir: string,
  /** Only this site path (the dev server's request), rather than every file. */
  only?: string,
): Map<string, string> {
  let listed: unknown;
  try {
    listed = JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8'));
  } catch {
    return new Map();
  }
  const files = new Map<string, string>();
  if (!listed || typeof listed !== 'object') return files;
  for (const [sitePath, lessonPath] of Object.entries(listed)) {
    if (only !== undefined && sitePath !== only) continue;
    // A linked file is published at its own lesson path, never anywhere else.
    if (lessonPath !== sitePath) continue;
    const resolved = resolveInLesson(lessonDir, lessonPath);
    if (resolved.ok && !resolved.isDirectory) files.set(sitePath, resolved.real);
  }
  return files;
}
