import { execFileSync } from 'node:child_process';

/** Where `base-path.spec.ts` expects the site built under a base path (served by playwright.config.ts). */
export const basePathBuild = { outDir: 'dist-base', base: '/lesson-site/' } as const;

/** Where `video.spec.ts` expects the embeds fixture lesson built (served on :4347). */
const embedsBuild = {
  outDir: 'dist-embeds',
  lesson: 'tests/fixtures/lessons/embeds',
} as const;

/** Where `toolchain-links.spec.ts` expects the Workbench fixture lesson built (served on :4374). */
const linksBuild = {
  outDir: 'dist-links',
  lesson: 'tests/fixtures/lessons/workbench-mini',
} as const;

/**
 * Build the default lesson once before the browser tests, unless SKIP_BUILD=1 (when the caller
 * has just built it): into `dist/` at the root, then into `dist-base/` under a base path, one after
 * the other (two builds at once would share `.astro/`), then the embeds fixture lesson into
 * `dist-embeds/` and the Workbench fixture lesson into `dist-links/`. The static servers read files per request,
 * so it does not matter that Playwright starts them before this runs.
 */
export default function globalSetup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: '', SITE_URL: '', BASE_PATH: '' },
  });
  execFileSync('npx', ['astro', 'build', '--outDir', basePathBuild.outDir], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: '', SITE_URL: '', BASE_PATH: basePathBuild.base },
  });
  execFileSync('npx', ['astro', 'build', '--outDir', embedsBuild.outDir], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: embedsBuild.lesson, SITE_URL: '', BASE_PATH: '' },
  });
  execFileSync('npx', ['astro', 'build', '--outDir', linksBuild.outDir], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: linksBuild.lesson, SITE_URL: '', BASE_PATH: '' },
  });
}
