import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import Tinypool from 'tinypool';
import { portableSetup, setupVariable } from './render-setup.ts';
import {
  createPageRenderer,
  type RenderedPage,
  type RenderSetup,
  type RenderTask,
} from './render-page.ts';

/**
 * Below this many pages per process, starting a worker costs more than it saves: a worker spends
 * ≈ 0.7 s loading the renderer and the lesson's grammars and warming up its JIT, about what 64
 * pages take to render. A warm build or a dev reload after one edit, and most real lessons (20–80
 * pages), render in the loader's process.
 */
const minPagesPerThread = 64;

/**
 * How many processes render `pending` pages: one per core, and only as many as have
 * `minPagesPerThread` pages each; 1 means the loader's own.
 */
export function renderThreads(
  pending: number,
  cores = availableParallelism(),
  canRunTypeScript = Boolean(process.features.typescript),
): number {
  // Workers run src/loaders/render-worker.ts with Node's own type stripping (Node ≥ 22.18).
  if (!canRunTypeScript) return 1;
  return Math.max(1, Math.min(cores, Math.floor(pending / minPagesPerThread)));
}

/**
 * `LESSON_RENDER_THREADS=N` renders on N worker processes (1: in the loader's) whatever the number
 * of pages: for measuring, and for a machine whose reported cores are not all its own.
 */
function threadsOverride(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Math.max(1, Number(value));
}

/**
 * A worker's heap kept small: V8 grows the heap of an allocation-heavy process far beyond what it
 * holds (a worker rendering 500 episodes reached 370 MB by default, 170 MB with these), and two
 * workers beside Astro's own 450 MB would otherwise decide the build's peak. The old-generation
 * limit leaves room for the lesson's sources (each worker holds them all) several times over.
 */
function workerHeapFlags(setup: RenderSetup): string[] {
  const sourceBytes = [...setup.lesson.episodes, ...setup.lesson.pages].reduce(
    (sum, source) => sum + source.text.length,
    0,
  );
  const oldSpaceMb = 256 + 4 * Math.ceil(sourceBytes / 2 ** 20);
  return [`--max-old-space-size=${oldSpaceMb}`, '--max-semi-space-size=4'];
}

interface RenderedPages {
  /** One result per task, in the tasks' order. */
  results: RenderedPage[];
  /** Processes that rendered: 1 for the loader's own, else the number of worker processes. */
  threads: number;
}

/**
 * Render pages on every core. With enough pages, a pool of worker processes (one per core) takes
 * them from one queue, and the loader's process only hands them out: rendering leaves native
 * memory behind (satteri's and V8's, ≈ 0.2 MB per episode) that only the end of a process gives
 * back, and the loader's process goes on to bundle and write every page. Each worker reads the
 * same `setup` and loads the same grammars in the same order (`RenderSetup.languages`) before its
 * first page, so where a page rendered never shows in its HTML. A few pages render here.
 * `prepare` is the loader's own preparer, reused when rendering here.
 */
export async function renderPages(
  setup: RenderSetup,
  tasks: readonly RenderTask[],
  prepare?: Parameters<typeof createPageRenderer>[1],
): Promise<RenderedPages> {
  const results: RenderedPage[] = new Array(tasks.length);
  if (!tasks.length) return { results, threads: 0 };
  const threads = threadsOverride(process.env.LESSON_RENDER_THREADS) ?? renderThreads(tasks.length);
  if (threads <= 1) {
    const render = await createPageRenderer(setup, prepare);
    for (const [i, task] of tasks.entries()) results[i] = await render(task);
    return { results, threads: 1 };
  }
  // The setup goes to the workers as a file: a child process gets no workerData, and the
  // structured clone (v8.serialize) keeps what JSON would lose (Sets, Maps, Dates).
  const scratch = mkdtempSync(join(tmpdir(), 'lesson-render-'));
  const setupFile = join(scratch, 'setup.bin');
  writeFileSync(setupFile, serialize(portableSetup(setup)));
  const pool = new Tinypool({
    runtime: 'child_process',
    filename: new URL('./render-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    env: { ...(process.env as Record<string, string>), [setupVariable]: setupFile },
    serialization: 'advanced',
    execArgv: [...process.execArgv, ...workerHeapFlags(setup)],
  });
  try {
    let next = 0;
    // Two pages in flight per worker, so none waits for its next page.
    await Promise.all(
      Array.from({ length: threads * 2 }, async () => {
        while (next < tasks.length) {
          const i = next++;
          results[i] = (await pool.run(tasks[i])) as RenderedPage;
        }
      }),
    );
  } finally {
    await pool.destroy();
    rmSync(scratch, { recursive: true, force: true });
  }
  return { results, threads };
}
