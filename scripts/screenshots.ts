/**
 * Screenshots of built pages at phone and desktop width, light and dark, for people to look at:
 * `node scripts/screenshots.ts http://127.0.0.1:4321/ out-dir path1 path2 …`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.ts';

const [origin = 'http://127.0.0.1:4321/', outDir = 'test-results/screenshots', ...paths] =
  process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const scheme of ['light', 'dark'] as const) {
  // A 390 × 844 phone (the size the page-shell tests measure the header against) and a laptop.
  for (const [name, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
    for (const path of paths.length ? paths : ['']) {
      await page.goto(new URL(path, origin).href);
      const file = `${outDir}/${(path || 'home').replace(/[^\w-]+/g, '_')}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
