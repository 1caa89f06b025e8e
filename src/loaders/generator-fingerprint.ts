import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A hash of some of the generator's own files and folders (paths relative to `projectDir`, each
 * folder read whole, in a stable order): what a cache built by other code must not be trusted for.
 */
function fingerprintOf(projectDir: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(relative(projectDir, path)).update(readFileSync(path));
  };
  for (const path of paths) add(join(projectDir, path));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The code that turns Markdown into HTML and into stored entries (src/lib, src/plugins,
 * src/loaders and the locked dependency versions). Part of every cached page's digest, so changing
 * the renderer re-renders every page, while editing one episode re-renders only that one.
 */
export const rendererFingerprint = (projectDir: string) =>
  fingerprintOf(projectDir, ['src/lib', 'src/plugins', 'src/loaders', 'package-lock.json']);

/**
 * Everything that shapes a built page (src/, public/, the Astro config, the locked dependency
 * versions): a build record made by other code (src/loaders/build-record.ts) means a full build.
 */
export const siteGeneratorFingerprint = (projectDir: string) =>
  fingerprintOf(projectDir, [
    'src',
    'public',
    'astro.config.mjs',
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
  ]);
