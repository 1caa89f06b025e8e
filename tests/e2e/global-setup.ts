import { execFileSync } from 'node:child_process';

/**
 * Build the default lesson once before the browser tests, unless SKIP_BUILD=1 (when the caller
 * has just built it). The web server starts after this, so it serves the fresh `dist/`.
 */
export default function globalSetup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['astro', 'build'], { stdio: 'inherit', env: { ...process.env, LESSON_DIR: '' } });
}
