import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { codeLanguagesOf } from '../../../src/lib/code-languages.ts';
import { LessonBuildError } from '../../../src/lib/diagnostics.ts';
import { loadLesson } from '../../../src/lib/lesson/load-lesson.ts';
import { listAssets } from '../../../src/lib/lesson/assets.ts';
import { siteMapOf } from '../../../src/lib/lesson/site-map.ts';
import type { RenderSetup, RenderTask } from '../../../src/loaders/render-page.ts';
import { renderPages, renderThreads } from '../../../src/loaders/render-pool.ts';

describe('renderThreads', () => {
  it('uses every core when each thread gets enough pages', () => {
    expect(renderThreads(1000, 2, true)).toBe(2);
    expect(renderThreads(128, 2, true)).toBe(2);
    expect(renderThreads(1000, 8, true)).toBe(8);
    expect(renderThreads(200, 8, true)).toBe(3);
  });
  it("renders a few pages in the loader's thread", () => {
    expect(renderThreads(1, 2, true)).toBe(1);
    expect(renderThreads(127, 2, true)).toBe(1);
  });
  it('never starts a worker Node cannot run (no type stripping)', () => {
    expect(renderThreads(1000, 2, false)).toBe(1);
  });
});

/**
 * A Workbench lesson whose first episode shows Markdown with a bash block inside: the markdown
 * grammar highlights the inner block only when bash is loaded, so a renderer that met bash later
 * (or never) would highlight it differently.
 */
function lessonWithEmbeddedCode(): { dir: string; setup: RenderSetup } {
  const dir = mkdtempSync(join(tmpdir(), 'render-pool-'));
  mkdirSync(join(dir, 'episodes'));
  writeFileSync(join(dir, 'config.yaml'), 'title: Pool\n');
  writeFileSync(
    join(dir, 'episodes/01-markdown.md'),
    '---\ntitle: Markdown\n---\n\n````markdown\n# Run it\n\n```bash\nls -F /tmp\n```\n````\n',
  );
  for (let i = 2; i <= 6; i++)
    writeFileSync(
      join(dir, `episodes/0${i}-shell.md`),
      `---\ntitle: Shell ${i}\n---\n\n\`\`\`bash\necho ${i} && ls -F\n\`\`\`\n\n::: challenge\n\n## Try\n\nRun it.\n\n:::\n`,
    );
  // A file only a link publishes: resolving it needs the site map's file index in every worker.
  mkdirSync(join(dir, 'scripts'));
  writeFileSync(join(dir, 'scripts/run.sh'), 'echo run\n');
  writeFileSync(
    join(dir, 'episodes/07-run.md'),
    '---\ntitle: Run\n---\n\n[The script](../scripts/run.sh).\n',
  );
  const lesson = loadLesson(dir);
  const languages = [
    ...new Set(lesson.episodes.flatMap((e) => [...codeLanguagesOf(e.text)])),
  ].sort();
  return {
    dir,
    setup: {
      lesson,
      site: siteMapOf(lesson, { assets: listAssets(lesson.settings) }),
      preparer: { base: '/' },
      languages,
    },
  };
}

const tasksIn = (dir: string, order: number[]): RenderTask[] => {
  mkdirSync(dir, { recursive: true });
  return order.map((index) => ({
    kind: 'episode',
    index,
    htmlFile: join(dir, `${index}.html`),
    aioHtmlFile: join(dir, `${index}.aio.html`),
  }));
};

describe('renderPages', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("renders the same bytes on worker processes as in the loader's, whatever the order", async () => {
    const { dir, setup } = lessonWithEmbeddedCode();
    vi.stubEnv('LESSON_RENDER_THREADS', '1');
    const one = await renderPages(setup, tasksIn(join(dir, 'one'), [1, 2, 3, 4, 5, 6, 0]));
    expect(one.threads).toBe(1);
    // Three worker processes: the markdown page is the first page of a fresh worker, which has
    // rendered no bash page before it.
    vi.stubEnv('LESSON_RENDER_THREADS', '3');
    const pool = await renderPages(setup, tasksIn(join(dir, 'pool'), [0, 1, 2, 3, 4, 5, 6]));
    expect(pool.threads).toBe(3);
    for (const index of [0, 1, 2, 3, 4, 5, 6]) {
      for (const name of [`${index}.html`, `${index}.aio.html`])
        expect(readFileSync(join(dir, 'pool', name), 'utf8'), name).toBe(
          readFileSync(join(dir, 'one', name), 'utf8'),
        );
    }
    // The embedded bash block is highlighted (its grammar was loaded before the first page).
    expect(readFileSync(join(dir, 'pool', '0.html'), 'utf8')).toContain(
      '<span style="color:var(--shiki-token-function)">ls</span>',
    );
    // Results come back in the tasks' order, each with its own page's data.
    expect(pool.results.map((r) => r.data.headings.map((h) => h.text))).toEqual([
      [],
      ['Try'],
      ['Try'],
      ['Try'],
      ['Try'],
      ['Try'],
      [],
    ]);
    // A worker found the file only that link publishes, through the rebuilt file index.
    expect(pool.results[6]!.data.linkedFiles).toEqual([
      { sitePath: 'scripts/run.sh', lessonFile: 'scripts/run.sh' },
    ]);
  });

  it("fails with the worker's error when a page cannot be rendered", async () => {
    const { dir, setup } = lessonWithEmbeddedCode();
    vi.stubEnv('LESSON_RENDER_THREADS', '2');
    await expect(
      renderPages(setup, [...tasksIn(join(dir, 'bad'), [0, 1]), { ...tasksIn(dir, [9])[0]! }]),
    ).rejects.toThrow('no episode number 9 in the lesson');
  });
});

describe('LessonBuildError', () => {
  it('says what to do and carries no stack, so Astro prints the message alone', () => {
    const error = new LessonBuildError(2);
    expect(error.message).toBe('The lesson has errors (listed above); fix them and build again.');
    expect(error.stack).toBe('');
    expect(error.errors).toBe(2);
  });
});
