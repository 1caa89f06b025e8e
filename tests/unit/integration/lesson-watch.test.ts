import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lessonIntegration, unwatchedBy } from '../../../src/integration/lesson-integration.ts';
import { episode, makeLessonDir } from '../../helpers/lesson-dir.ts';

describe('what live preview does not watch', () => {
  const root = '/pkg';
  const cases: [string, string, 'styles' | 'workbench', string, boolean][] = [
    // A lesson of its own: what its toolchain wrote, and what `lesson-site build` writes.
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/renv', true],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/renv/library/x/DESCRIPTION', true],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/site/built/01.md', true],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/dist/index.html', true],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/.git/HEAD', true],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson', false],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/episodes/01.md', false],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/episodes/fig/a.png', false],
    ['a Workbench lesson', '/lesson', 'workbench', '/lesson/distances.md', false],
    ['a styles lesson', '/lesson', 'styles', '/lesson/_site/index.html', true],
    ['a styles lesson', '/lesson', 'styles', '/lesson/site/page.md', false],
    // The generator's own folder: its sources are watched, its tests' and benchmark's sites not.
    ['a lesson elsewhere', '/lesson', 'workbench', '/pkg/src/pages/index.astro', false],
    ['a lesson elsewhere', '/lesson', 'workbench', '/pkg/dist-links/index.html', true],
    ['a lesson elsewhere', '/lesson', 'workbench', '/pkg/bench/out', true],
    ['a lesson elsewhere', '/lesson', 'workbench', '/pkg/bench/run.ts', false],
    // A lesson inside one of those outputs (the benchmark's) is watched all the same.
    ['a lesson in bench/out', '/pkg/bench/out/l', 'workbench', '/pkg/bench/out/l', false],
    [
      'a lesson in bench/out',
      '/pkg/bench/out/l',
      'workbench',
      '/pkg/bench/out/l/episodes/01.md',
      false,
    ],
    ['a lesson in bench/out', '/pkg/bench/out/l', 'workbench', '/pkg/bench/out/l/site/x.md', true],
    ['a lesson in bench/out', '/pkg/bench/out/l', 'workbench', '/pkg/bench/out/logs/x.log', true],
    ['the default lesson', '/pkg', 'workbench', '/pkg/episodes/01.md', false],
    ['the default lesson', '/pkg', 'workbench', '/pkg/dist', true],
    ['the default lesson', '/pkg', 'workbench', '/pkg/playwright-report/index.html', true],
  ];
  it.each(cases)('%s: %s', (_, lessonDir, format, path, expected) => {
    expect(unwatchedBy(root, lessonDir, format)(path)).toBe(expected);
  });

  it("is what the integration gives Vite's watcher for the lesson it builds", () => {
    const dir = makeLessonDir({ 'config.yaml': 'title: W\n', 'episodes/01.md': episode('One') });
    let config: { vite?: { server?: { watch?: { ignored?: unknown[] } } } } = {};
    const setup = lessonIntegration({ dir }).hooks['astro:config:setup'] as unknown as (
      options: object,
    ) => void;
    setup({
      command: 'dev',
      config: { root: pathToFileURL('/pkg/') },
      updateConfig: (update: typeof config) => (config = update),
    });
    const [ignored] = config.vite?.server?.watch?.ignored ?? [];
    expect(typeof ignored).toBe('function');
    const unwatched = ignored as (path: string) => boolean;
    expect(unwatched(join(dir, 'renv/library'))).toBe(true);
    expect(unwatched(join(dir, 'site'))).toBe(true);
    expect(unwatched(join(dir, 'episodes/01.md'))).toBe(false);
  });
});
