/**
 * An output folder whose path starts with the package folder's path without being inside it
 * (`lesson-site` building into `../lesson-site-pages`): Astro's own test of where to keep its
 * server chunks is a string prefix, which such a folder passes; the command runs Astro so that it
 * does not, and the build is the one any other folder gets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroWorkingFolder, packageRoot } from '../../../src/cli/astro.ts';
import { projectRoot } from '../build/astro-build.ts';

const packageFolder = packageRoot.replace(/\/+$/, '');

describe('where Astro runs for a build', () => {
  it.each([
    ['inside the package', join(packageFolder, 'dist'), false],
    ['elsewhere', join(tmpdir(), 'site'), false],
    ['beside it, its name starting with the package folder’s', `${packageFolder}-pages`, true],
    ['beside it, a longer name', `${packageFolder}2/site`, true],
  ])('output %s: moved out of the package folder = %s', (_, out, moved) => {
    const where = astroWorkingFolder(out);
    expect(where.cwd !== packageRoot).toBe(moved);
    expect(where.args).toEqual(moved ? ['--root', packageRoot] : []);
    // Astro's own test (core/build/common.js) must now tell inside from outside.
    expect(out.startsWith(where.cwd)).toBe(!moved && out.startsWith(packageFolder));
  });
});

describe('a build into a sibling folder named like the package', () => {
  const out = mkdtempSync(`${packageFolder}-pages-`);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds the site, with no stack trace', () => {
    const run = spawnSync(
      process.execPath,
      [
        'src/cli/lesson-site.ts',
        'build',
        join(projectRoot, 'tests/fixtures/lessons/workbench-mini'),
        '--out',
        out,
        '--full',
      ],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', SITE_URL: '', BASE_PATH: '' },
        timeout: 180_000,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).not.toMatch(/Cannot find package|Stack trace/);
    expect(run.status).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<html/);
    expect(existsSync(join(out, '.prerender'))).toBe(false);
  }, 200_000);
});
