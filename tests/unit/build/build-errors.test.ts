import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    name: 'frontmatter that is never closed (sandpaper never finds its end)',
    source: '---\ntitle: Broken\n\nBody\n',
    message:
      'episodes/02-broken.md:1  error  the frontmatter opened by "---" on line 1 is never closed by a "---" line  (frontmatter/unclosed)',
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

/** A styles lesson whose two episodes have frontmatter Jekyll cannot use, and which it publishes. */
function stylesLessonWithUnusableFrontmatter(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unusable-frontmatter-'));
  mkdirSync(join(dir, '_episodes'));
  writeFileSync(join(dir, '_config.yml'), 'title: Lenient lesson\n');
  writeFileSync(
    join(dir, '_episodes/01-tabbed.md'),
    '---\ntitle: Tabbed\nquestions:\n\t- "Why?"\n---\n\nThe tabbed episode keeps its body.\n',
  );
  writeFileSync(join(dir, '_episodes/02-bare.md'), 'The bare episode has no frontmatter.\n');
  return dir;
}

describe('frontmatter Jekyll cannot use: published as Jekyll publishes it, with a warning', () => {
  it('invalid YAML and no frontmatter at all build, and every body is on its page', () => {
    const build = buildLesson(stylesLessonWithUnusableFrontmatter());
    expect(build.status).toBe(0);
    expect(build.output).toContain(
      '_episodes/01-tabbed.md:4:1  warning  YAML syntax error in the frontmatter: Tabs are not allowed as indentation; as Jekyll does, the page is published without it',
    );
    expect(build.output).toContain(
      '_episodes/02-bare.md:1  warning  episode has no frontmatter: it is shown as an episode titled "Bare" after its file name',
    );
    const page = (slug: string) => readFileSync(join(build.outDir, slug, 'index.html'), 'utf8');
    expect(page('01-tabbed')).toContain('The tabbed episode keeps its body.');
    expect(page('02-bare')).toContain('The bare episode has no frontmatter.');
  });
});
