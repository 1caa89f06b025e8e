import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { expect, it } from 'vitest';
import { lessonLoader } from '../../../src/loaders/lesson-loader.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
}

/** The parts of Astro's loader context the lesson loader uses, with a store kept in memory. */
function fakeContext(cacheDir: string) {
  const entries = new Map<string, Entry>();
  const logged: string[] = [];
  const log = (line: string) => logged.push(line);
  const context = {
    config: {
      cacheDir: pathToFileURL(`${cacheDir}/`),
      outDir: pathToFileURL(`${cacheDir}/dist/`),
    },
    logger: { info: log, warn: log, error: log, debug: log },
    generateDigest: (data: unknown) =>
      createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16),
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
  };
  return { context: context as unknown as LoaderContext, entries, logged };
}

function lesson(episodes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'loader-lesson-'));
  mkdirSync(join(dir, 'episodes'));
  writeFileSync(join(dir, 'config.yaml'), 'title: Loader\n');
  for (let i = 1; i <= episodes; i++)
    writeFileSync(
      join(dir, `episodes/${String(i).padStart(3, '0')}-e.md`),
      `---\ntitle: Episode ${i}\n---\n\n## Part ${i}\n\n\`\`\`python\nprint(${i})\n\`\`\`\n`,
    );
  return dir;
}

const renderedCount = (logged: string[]) =>
  Number(/\((\d+) rendered\)/.exec(logged.findLast((l) => l.includes('rendered')) ?? '')?.[1]);

it('renders every page once, then only the edited episode', async () => {
  const dir = lesson(130);
  const { context, entries, logged } = fakeContext(mkdtempSync(join(tmpdir(), 'loader-cache-')));
  const loader = lessonLoader({ dir, base: '/', failOnError: true });
  await loader.load(context);
  expect(renderedCount(logged)).toBe(130);
  // 130 pages are enough for two worker processes where there are two cores.
  if (availableParallelism() > 1)
    expect(logged.at(-1)).toMatch(/\(130 rendered\) in \d+ ms on 2 worker processes$/);
  const episode = entries.get('episode:065-e')!.data as { htmlFile: string; aioHtmlFile: string };
  expect(readFileSync(episode.htmlFile, 'utf8')).toContain('id="part-65"');
  expect(readFileSync(episode.aioHtmlFile, 'utf8')).toContain('id="065-e-part-65"');

  await loader.load(context);
  expect(renderedCount(logged)).toBe(0);

  appendFileSync(join(dir, 'episodes/065-e.md'), '\nOne more sentence.\n');
  await loader.load(context);
  expect(renderedCount(logged)).toBe(1);
  const edited = entries.get('episode:065-e')!.data as { htmlFile: string };
  expect(readFileSync(edited.htmlFile, 'utf8')).toContain('One more sentence.');
});

it('renders again, rather than deleting under the pages, a cache its store names by another path', async () => {
  // The same cache folder reached through a symlink (as macOS's /var is /private/var): the
  // store's paths differ from this build's, which compares paths to find unused files.
  const dir = lesson(3);
  const real = mkdtempSync(join(tmpdir(), 'loader-cache-'));
  const linked = `${real}-link`;
  symlinkSync(real, linked);
  const loader = lessonLoader({ dir, base: '/', failOnError: true });
  const first = fakeContext(real);
  await loader.load(first.context);
  const second = fakeContext(linked);
  for (const [id, entry] of first.entries) second.entries.set(id, entry);
  await loader.load(second.context);
  expect(renderedCount(second.logged)).toBe(renderedCount(first.logged));
  const files = [...second.entries.values()].flatMap((e) =>
    [e.data.htmlFile, e.data.aioHtmlFile].filter((f): f is string => typeof f === 'string'),
  );
  expect(files.length).toBeGreaterThan(3);
  expect(files.filter((f) => !existsSync(f))).toEqual([]);
});

/**
 * The sync as Node loads it (src/loaders/lesson-loader.ts): its error classes are Node's copies,
 * not the ones this test file gets through Vite's transform.
 */
const { LessonBuildError } = createRequire(import.meta.url)(
  '../../../src/lib/diagnostics.ts',
) as typeof import('../../../src/lib/diagnostics.ts');

it('stops a build on a lesson error with a LessonBuildError, after printing the error', async () => {
  const dir = lesson(2);
  writeFileSync(join(dir, 'episodes/002-e.md'), '---\ntitle: [Broken\n---\nBody\n');
  const { context, logged } = fakeContext(mkdtempSync(join(tmpdir(), 'loader-cache-')));
  await expect(lessonLoader({ dir, base: '/', failOnError: true }).load(context)).rejects.toThrow(
    LessonBuildError,
  );
  expect(logged.some((l) => l.startsWith('episodes/002-e.md:2') && l.includes('error'))).toBe(true);
  // In dev (no failure), the same lesson is reported and served.
  await expect(
    lessonLoader({ dir, base: '/', failOnError: false }).load(context),
  ).resolves.toBeUndefined();
});

/** A styles lesson whose episodes read an include, a data file and a file beside them. */
function stylesLesson(): string {
  const dir = mkdtempSync(join(tmpdir(), 'loader-styles-'));
  for (const folder of ['_episodes', '_includes', '_data']) mkdirSync(join(dir, folder));
  writeFileSync(join(dir, '_config.yml'), 'title: Liquid inputs\n');
  writeFileSync(join(dir, '_includes/note.html'), 'Note, first version.');
  writeFileSync(join(dir, '_data/cluster.yml'), 'nodes: 3\n');
  writeFileSync(join(dir, '_episodes/snippet.txt'), 'kubectl get pods');
  writeFileSync(
    join(dir, '_episodes/01-a.md'),
    '---\ntitle: A\n---\n{% include note.html %} The cluster has {{ site.data.cluster.nodes }} nodes.\n',
  );
  writeFileSync(
    join(dir, '_episodes/02-b.md'),
    '---\ntitle: B\n---\nRun {% include_relative snippet.txt %} now.\n',
  );
  writeFileSync(join(dir, '_episodes/03-c.md'), '---\ntitle: C\n---\nNo Liquid here.\n');
  return dir;
}

it('renders again what an edited include, data file or include_relative file changes', async () => {
  const dir = stylesLesson();
  const { context, entries, logged } = fakeContext(mkdtempSync(join(tmpdir(), 'loader-cache-')));
  const loader = lessonLoader({ dir, base: '/', failOnError: true });
  const html = (id: string) =>
    readFileSync((entries.get(id)!.data as { htmlFile: string }).htmlFile, 'utf8');
  await loader.load(context);
  expect(html('episode:01-a')).toContain('Note, first version. The cluster has 3 nodes.');
  await loader.load(context);
  expect(renderedCount(logged)).toBe(0);

  writeFileSync(join(dir, '_includes/note.html'), 'Note, second version.');
  await loader.load(context);
  expect(renderedCount(logged)).toBeGreaterThan(0);
  expect(html('episode:01-a')).toContain('Note, second version.');

  writeFileSync(join(dir, '_data/cluster.yml'), 'nodes: 5\n');
  await loader.load(context);
  expect(html('episode:01-a')).toContain('The cluster has 5 nodes.');

  // A file one page includes by its own path re-renders that page alone.
  writeFileSync(join(dir, '_episodes/snippet.txt'), 'kubectl get nodes');
  await loader.load(context);
  expect(renderedCount(logged)).toBe(1);
  expect(html('episode:02-b')).toContain('Run kubectl get nodes now.');
});
