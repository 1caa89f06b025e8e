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
    name: 'wrong type',
    source: '---\ntitle: Broken\nteaching: ten\n---\nBody\n',
    message:
      'episodes/02-broken.md:3  error  teaching: expected teaching time as a whole number of minutes, such as 10, found "ten" (text)  (frontmatter/schema)',
  },
  {
    name: 'missing title',
    source: '---\nteaching: 5\n---\nBody\n',
    message:
      'episodes/02-broken.md:2  error  title: expected the episode title as text, such as title: "Creating a cluster", found nothing  (frontmatter/schema)',
  },
  {
    name: 'misspelled key',
    source: '---\ntitel: Broken\nteaching: 5\n---\nBody\n',
    message:
      'episodes/02-broken.md:2  warning  unknown key "titel"; did you mean "title"?  (frontmatter/unknown-key)',
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
