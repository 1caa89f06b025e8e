import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A hash of the code that turns Markdown into HTML and into stored entries (src/lib,
 * src/plugins, src/loaders and the locked dependency versions). Part of every cached page's digest, so changing the renderer
 * re-renders every page, while editing one episode re-renders only that one.
 */
export function generatorFingerprint(srcDir: string, projectDir: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(path.slice(projectDir.length)).update(readFileSync(path));
  };
  add(join(srcDir, 'lib'));
  add(join(srcDir, 'plugins'));
  add(join(srcDir, 'loaders'));
  add(join(projectDir, 'package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}
