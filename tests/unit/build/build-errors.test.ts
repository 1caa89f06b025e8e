import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLesson } from './astro-build.ts';

/** A Workbench lesson with one good episode and one broken one. */
function lessonWith(broken: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-lesson-'));
  mkdirSync(join(dir, 'episodes'));
  writeFileSync(join(dir, 'config.yaml'), 'title: Broken lesson\n');
  writeFileSync(
    join(dir, 'episodes/01-good.md'),
    '---\ntitle: Good\nteaching: 5\nexercises: 0\n---\nFine.\n',
  );
  writeFileSync(join(dir, 'episodes/02-broken.md'), broken);
  return dir;
}

const cases: { name: string; source: string; message: string }[] = [
  {
    name: 'frontmatter that is a list, not keys',
    source: '---\n- title: Broken\n- teaching: 5\n---\nBody\n',
    message:
      'episodes/02-broken.md:2  error  frontmatter: expected "key: value" lines, found a list  (frontmatter/not-a-mapping)',
  },
  {
    name: 'no frontmatter',
    source: '# Broken\n\nBody\n',
    message:
      'episodes/02-broken.md:1  error  episode has no frontmatter: expected a block starting and ending with --- with at least a title  (frontmatter/missing)',
  },
  {
    name: 'YAML syntax error',
    source: '---\ntitle: [Broken\nteaching: 5\n---\nBody\n',
    message: 'episodes/02-broken.md:3:1  error  YAML syntax error in the frontmatter',
  },
];

describe.sequential('a broken episode stops the build with a precise message', () => {
  for (const { name, source, message } of cases) {
    it(name, () => {
      const build = buildLesson(lessonWith(source));
      expect(build.status).toBe(1);
      expect(build.output).toContain(message);
      expect(build.output).toContain(
        'The lesson has errors (listed above); fix them and build again.',
      );
      // A message, not a crash: no stack frames.
      expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    });
  }
});

describe('a questionable episode its toolchain published builds, with warnings', () => {
  it('a misspelled title key and a time written as text', () => {
    const build = buildLesson(lessonWith('---\ntitel: Broken\nteaching: 30 min\n---\nBody\n'));
    expect(build.status).toBe(0);
    expect(build.output).toContain(
      'episodes/02-broken.md:2  warning  unknown key "titel"; did you mean "title"?  (frontmatter/unknown-key)',
    );
    expect(build.output).toContain(
      'episodes/02-broken.md:2  warning  no title: the episode is titled "Broken" after its file name  (frontmatter/no-title)',
    );
    expect(build.output).toContain(
      'episodes/02-broken.md:3  warning  teaching: expected teaching time as a whole number of minutes, such as 10, found "30 min" (text); read as 30 minutes  (frontmatter/coerced)',
    );
  });
});
