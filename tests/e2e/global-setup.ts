import { execFileSync } from 'node:child_process';
import { useRunTempFolder } from '../helpers/run-temp-folder.ts';

/** Where `base-path.spec.ts` expects the site built under a base path (served by playwright.config.ts). */
export const basePathBuild = { outDir: 'dist-base', base: '/lesson-site/' } as const;

/** Where `video.spec.ts` expects the embeds fixture lesson built (served on :4347). */
const embedsBuild = {
  outDir: 'dist-embeds',
  lesson: 'tests/fixtures/lessons/embeds',
} as const;

/** Where `toolchain-links.spec.ts` expects the Workbench fixture lesson built (served on :4410). */
const linksBuild = {
  outDir: 'dist-links',
  lesson: 'tests/fixtures/lessons/workbench-mini',
} as const;

/** Where `styles-html.spec.ts` expects the styles fixture lesson built (served on :4401). */
const stylesBuild = {
  outDir: 'dist-styles',
  lesson: 'tests/fixtures/lessons/styles-mini',
} as const;

/**
 * The page-shell fixture lessons (shell.spec.ts and a11y.spec.ts): every callout kind, the
 * footer's files, many learner pages. The styles one learns its site URL from `SITE_URL`, the
 * Workbench one from its config's `url:`; both are served under the base path that URL implies.
 */
export const shellBuilds = {
  styles: {
    outDir: 'dist-ui-styles',
    lesson: 'tests/fixtures/lessons/ui-styles',
    siteUrl: 'https://example.org/ui-styles/',
    origin: 'http://127.0.0.1:4356',
    base: '/ui-styles/',
  },
  workbench: {
    outDir: 'dist-ui-workbench',
    lesson: 'tests/fixtures/lessons/ui-workbench',
    siteUrl: '',
    origin: 'http://127.0.0.1:4365',
    base: '/ui-workbench/',
  },
} as const;

/**
 * The interface-language fixtures (i18n.spec.ts and a11y.spec.ts): a Spanish lesson in each
 * format and an Arabic, right-to-left one, each at the root of its own port.
 */
export const languageBuilds = {
  esWorkbench: {
    outDir: 'dist-i18n-es-workbench',
    lesson: 'tests/fixtures/lessons/i18n-es-workbench',
    origin: 'http://127.0.0.1:4374',
  },
  esStyles: {
    outDir: 'dist-i18n-es-styles',
    lesson: 'tests/fixtures/lessons/i18n-es-styles',
    origin: 'http://127.0.0.1:4383',
  },
  ar: {
    outDir: 'dist-i18n-ar',
    lesson: 'tests/fixtures/lessons/i18n-ar',
    origin: 'http://127.0.0.1:4392',
  },
} as const;

/**
 * Build the default lesson once before the browser tests, unless SKIP_BUILD=1 (when the caller
 * has just built it): into `dist/` at the root, then into `dist-base/` under a base path, one after
 * the other (two builds at once would share `.astro/`), then the embeds fixture lesson into
 * `dist-embeds/`, then the styles fixture lesson into `dist-styles/`, the Workbench links fixture
 * into `dist-links/`, then the page-shell and the interface-language fixtures. The static servers
 * read files per request,
 * so it does not matter that Playwright starts them before this runs.
 */
/** Builds what the tests need; returns the teardown of the run's temporary folder. */
export default function globalSetup(): () => void {
  const removeTempFolder = useRunTempFolder();
  if (process.env.SKIP_BUILD === '1') return removeTempFolder;
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
  execFileSync('npx', ['astro', 'build', '--outDir', stylesBuild.outDir], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: stylesBuild.lesson, SITE_URL: '', BASE_PATH: '' },
  });
  execFileSync('npx', ['astro', 'build', '--outDir', linksBuild.outDir], {
    stdio: 'inherit',
    env: { ...process.env, LESSON_DIR: linksBuild.lesson, SITE_URL: '', BASE_PATH: '' },
  });
  for (const build of Object.values(shellBuilds))
    execFileSync('npx', ['astro', 'build', '--outDir', build.outDir], {
      stdio: 'inherit',
      env: { ...process.env, LESSON_DIR: build.lesson, SITE_URL: build.siteUrl, BASE_PATH: '' },
    });
  for (const build of Object.values(languageBuilds))
    execFileSync('npx', ['astro', 'build', '--outDir', build.outDir], {
      stdio: 'inherit',
      env: { ...process.env, LESSON_DIR: build.lesson, SITE_URL: '', BASE_PATH: '' },
    });
  return removeTempFolder;
}
