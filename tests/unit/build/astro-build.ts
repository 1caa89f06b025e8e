import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Run the real `astro build` on a lesson folder, into a fresh temporary folder, with the Node
 * that runs the tests (the project's pinned Node). Builds share `.astro/`, so run them one at a time.
 */
export function buildLesson(lessonDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'lesson-build-'));
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: {
      ...process.env,
      LESSON_DIR: lessonDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
