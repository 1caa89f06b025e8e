import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLesson, projectRoot } from './astro-build.ts';

/**
 * The whole pipeline on the fixture lessons, one per format: the build succeeds, and the
 * post-build verifier finds no broken link or anchor, no leaked source syntax and no lost text.
 */
describe.sequential('fixture lessons build and verify clean', () => {
  for (const name of ['styles-mini', 'workbench-mini', 'md-outputs-mini']) {
    it(name, () => {
      const lesson = join(projectRoot, 'tests/fixtures/lessons', name);
      const build = buildLesson(lesson);
      expect(build.status, build.output).toBe(0);
      const verify = spawnSync(
        process.execPath,
        ['scripts/verify-site.ts', '--lesson', lesson, '--site', build.outDir],
        { cwd: projectRoot, encoding: 'utf8' },
      );
      expect(verify.status, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toMatch(/0 errors, 0 warnings/);
      expect(existsSync(join(build.outDir, 'instructor/index.html'))).toBe(true);
    });
  }

  it('styles-mini: theme pages replaced, Liquid resolved, files published', () => {
    const build = buildLesson(join(projectRoot, 'tests/fixtures/lessons/styles-mini'));
    expect(build.status, build.output).toBe(0);
    const about = readFileSync(join(build.outDir, 'about/index.html'), 'utf8');
    expect(about).toContain('class="about-box"');
    expect(readFileSync(join(build.outDir, 'figures/index.html'), 'utf8')).not.toContain(
      'window.onload',
    );
    expect(existsSync(join(build.outDir, 'files/data.txt'))).toBe(true);
    expect(existsSync(join(build.outDir, 'fig/staging.svg'))).toBe(true);
    const guide = readFileSync(join(build.outDir, 'instructor-notes/index.html'), 'utf8');
    expect(guide).toContain('href="/01-first/"');
    expect(build.output).toContain(
      '_episodes/01-first.md:89  warning  attribute list {: language-bash} has no dot; read as the class .language-bash  (kramdown/ial-without-dot)',
    );
  });
});
