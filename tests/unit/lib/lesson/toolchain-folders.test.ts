import { describe, expect, it } from 'vitest';
import { isToolchainPath } from '../../../../src/lib/lesson/toolchain-folders.ts';
import type { LessonFormat } from '../../../../src/lib/lesson/types.ts';
import { lessonFiles } from '../../../../src/loaders/build-record.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

describe('isToolchainPath', () => {
  const cases: [LessonFormat | undefined, string, boolean][] = [
    // What Jekyll writes and bundler installs: never a source of a styles lesson.
    ['styles', '_site', true],
    ['styles', '_site/index.html', true],
    ['styles', '.jekyll-cache/Jekyll/Cache/x', true],
    ['styles', 'vendor/bundle/ruby/3.2.0/gems/x.rb', true],
    ['styles', '.vendor/bundle/x.rb', true],
    // …but Jekyll publishes other vendor files, and a folder named site/ or renv/.
    ['styles', 'vendor/js/app.js', false],
    ['styles', 'site/notes.html', false],
    ['styles', 'renv/activate.R', false],
    ['styles', '_episodes/01-intro.md', false],
    ['styles', '_sites/x.md', false],
    // What sandpaper builds and renv installs: never a source of a Workbench lesson.
    ['workbench', 'site', true],
    ['workbench', 'site/built/01-intro.md', true],
    ['workbench', 'renv/profiles/lesson-requirements/renv/library/R-4.4/x/DESCRIPTION', true],
    ['workbench', 'episodes/site.md', false],
    ['workbench', 'episodes/renv/notes.md', false],
    ['workbench', 'sites/x.md', false],
    ['workbench', 'learners/setup.md', false],
    // Any format, or none found: dot-names and installed packages.
    ['workbench', '.github/workflows/build.yaml', true],
    ['workbench', 'episodes/.ipynb_checkpoints/x.md', true],
    [undefined, 'files/app/node_modules/x/index.js', true],
    [undefined, '_site/index.html', false],
    [undefined, 'episodes/01.md', false],
  ];
  it.each(cases)('%s: %s → %s', (format, path, expected) => {
    expect(isToolchainPath(format, path)).toBe(expected);
  });
});

it("a build's stamps leave out what the toolchain wrote, and keep every source", () => {
  const dir = makeLessonDir({
    'config.yaml': 'title: Stamps\n',
    'episodes/01-intro.md': episode('Intro'),
    'episodes/fig/plot.png': 'png',
    'learners/setup.md': '---\ntitle: Setup\n---\n',
    'site/built/01-intro.md': 'built',
    'site/docs/index.html': '<p>built</p>',
    'renv/profiles/lesson-requirements/renv/library/R-4.4/pkg/DESCRIPTION': 'Package: pkg',
    'dist/index.html': '<p>our output</p>',
  });
  const stamped = lessonFiles(dir, `${dir}/dist`).map(([path]) => path);
  expect(stamped.sort()).toEqual([
    'config.yaml',
    'episodes/01-intro.md',
    'episodes/fig/plot.png',
    'learners/setup.md',
  ]);
});
