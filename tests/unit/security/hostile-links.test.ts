import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../src/lib/check/run-check.ts';
import { makeHostileLesson, gitToken, outsideSecret } from '../../helpers/hostile-lesson.ts';
import { buildLesson } from '../build/astro-build.ts';

/** Every file under a folder, as [relative path, bytes]. */
function filesUnder(dir: string, prefix = ''): [string, Buffer][] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, `${prefix}${name}/`)
      : [[`${prefix}${name}`, readFileSync(path)] as [string, Buffer]];
  });
}

/**
 * A lesson holding links out of itself builds, warns once per bad link at its path, and the built
 * site holds none of the outside content (compared byte for byte), no .git and no stack trace.
 */
describe.sequential('a lesson with hostile symbolic links', () => {
  for (const format of ['styles', 'workbench'] as const) {
    it(`${format}: builds, warns for each bad link and publishes nothing from outside`, () => {
      const { dir, badLinks } = makeHostileLesson(format);
      const build = buildLesson(dir, { BASE_PATH: '/' });
      expect(build.status, build.output).toBe(0);
      for (const [path, rule] of Object.entries(badLinks))
        expect(build.output).toMatch(
          new RegExp(`${path.replace(/[.]/g, '\\.')}\\s+warning .*\\(${rule}\\)`),
        );
      expect(build.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
      const site = filesUnder(build.outDir);
      const paths = site.map(([path]) => path);
      expect(paths.some((p) => p.split('/').some((part) => part === '.git'))).toBe(false);
      for (const [path, bytes] of site) {
        expect(bytes.includes(outsideSecret), path).toBe(false);
        expect(bytes.includes(gitToken), path).toBe(false);
      }
      // The data file and the folder linked from inside the lesson are still published.
      expect(paths).toContain('files/data.txt');
      expect(paths).toContain('files/shared/plot.svg');
      for (const bad of Object.keys(badLinks))
        expect(paths).not.toContain(bad.replace(/^episodes\//, ''));
    });

    it(`${format}: npm run check reports each bad link at its path`, () => {
      const { dir, badLinks } = makeHostileLesson(format);
      const reported = checkLesson(dir).diagnostics.filter((d) => d.rule.startsWith('files/'));
      expect(Object.fromEntries(reported.map((d) => [d.file, d.rule]))).toEqual(badLinks);
    });
  }
});
