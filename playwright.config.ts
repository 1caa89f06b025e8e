import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.ts';

/**
 * Browser tests run against built sites served statically (as GitHub Pages would serve them):
 * the default lesson on :4329 (not 4321, which `npm run preview` uses), under the base path
 * /lesson-site/ on :4338, the embeds fixture lesson on :4347, and the page-shell fixtures (every
 * callout kind, footer files, many pages) on :4356 (styles) and :4365 (Workbench), the
 * interface-language fixtures on :4374 and :4383 (Spanish) and :4392 (Arabic), the styles fixture
 * lesson on :4401 and the Workbench links fixture on :4410. `tests/e2e/global-setup.ts` builds what
 * the tests need.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  globalSetup: './tests/e2e/global-setup.ts',
  use: {
    baseURL: 'http://127.0.0.1:4329/',
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'node scripts/serve-static.ts dist 4329 /',
      port: 4329,
      reuseExistingServer: false,
    },
    {
      // The same lesson built under a base path, as a GitHub project page (base-path.spec.ts).
      command: 'node scripts/serve-static.ts dist-base 4338 /lesson-site/',
      port: 4338,
      reuseExistingServer: false,
    },
    {
      // A fixture lesson with one of each kind of third-party embed (video.spec.ts).
      command: 'node scripts/serve-static.ts dist-embeds 4347 /',
      port: 4347,
      reuseExistingServer: false,
    },
    {
      // The page-shell fixtures, each under the base path its site URL implies (shell.spec.ts).
      command: 'node scripts/serve-static.ts dist-ui-styles 4356 /ui-styles/',
      port: 4356,
      reuseExistingServer: false,
    },
    {
      command: 'node scripts/serve-static.ts dist-ui-workbench 4365 /ui-workbench/',
      port: 4365,
      reuseExistingServer: false,
    },
    {
      // The styles fixture lesson: kramdown constructs as Jekyll rendered them (styles-html.spec.ts).
      command: 'node scripts/serve-static.ts dist-styles 4401 /',
      port: 4401,
      reuseExistingServer: false,
    },
    {
      // The Workbench fixture lesson: links as sandpaper resolved them (toolchain-links.spec.ts).
      command: 'node scripts/serve-static.ts dist-links 4410 /',
      port: 4410,
      reuseExistingServer: false,
    },
    // The interface in the lesson's language: Spanish in both formats, Arabic (i18n.spec.ts).
    ...[
      ['dist-i18n-es-workbench', 4374],
      ['dist-i18n-es-styles', 4383],
      ['dist-i18n-ar', 4392],
    ].map(([dir, port]) => ({
      command: `node scripts/serve-static.ts ${dir} ${port} /`,
      port: Number(port),
      reuseExistingServer: false,
    })),
  ],
});
