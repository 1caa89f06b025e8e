/**
 * Links: in the built default lesson, every internal href/src resolves to a file of the site and
 * every #fragment to an id on the page it lands on (src/lib/verify/links.ts, the same check
 * `npm run verify` and CI run over the corpus lessons). Also under a base path, when globalSetup
 * built that variant too, since that is where root-relative links break.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { checkLinks } from '../../src/lib/verify/links.ts';
import { distDir, lessonRoot } from './helpers.ts';

const builds = [
  { outDir: distDir, base: '/' },
  { outDir: join(lessonRoot, 'dist-base'), base: '/lesson-site/' },
];

for (const { outDir, base } of builds) {
  test(`every internal link and anchor resolves in ${outDir.slice(lessonRoot.length)} (base ${base})`, () => {
    test.skip(base !== '/' && !existsSync(outDir), `no build under ${base} in this run`);
    expect(existsSync(join(outDir, 'index.html')), `${outDir} was built by globalSetup`).toBe(true);
    const problems = checkLinks(outDir, base);
    expect(problems.map((d) => formatDiagnostic(d, { color: false }))).toEqual([]);
  });
}
