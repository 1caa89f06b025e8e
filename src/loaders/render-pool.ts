import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import Tinypool from 'tinypool';
import {
  createPageRenderer,
  type RenderedPage,
  type RenderSetup,
  type RenderTask,
} from './render-page.ts';

/**
 * Below this many pages per thread, starting a worker (it loads the renderer and the lesson's
 * grammars and warms up its own JIT) costs more than it saves: a warm build or a dev reload after
 * one edit renders in the loader's thread only.
 */
export const minPagesPerThread = 24;

/**
 * How many threads render `pending` pages: one per core, the loader's own thread included (it
 * would otherwise sit idle waiting), and only as many as have `minPagesPerThread` pages each.
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
 * `LESSON_RENDER_THREADS=N` renders on N threads (the loader's and N − 1 workers) whatever the
 * number of pages: for measuring, and for a machine whose reported cores are not all its own.
 */
function threadsOverride(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Math.max(1, Number(value));
}

export interface RenderedPages {
  /** One result per task, in the tasks' order. */
  results: RenderedPage[];
  threads: number;
}

/**
 * Render pages on every core: the loader's thread and a pool of worker threads take pages from
 * one queue. Each worker gets a structured clone of `setup`; every renderer loads the same
 * grammars in the same order (`RenderSetup.languages`) before its first page, so the thread a
 * page rendered on never shows in its HTML. The workers stop when the pages are done, so the rest
 * of the build does not carry their memory. `prepare` is the loader's own preparer, reused.
 */
export async function renderPages(
  setup: RenderSetup,
  tasks: readonly RenderTask[],
  prepare?: Parameters<typeof createPageRenderer>[1],
): Promise<RenderedPages> {
  const results: RenderedPage[] = new Array(tasks.length);
  if (!tasks.length) return { results, threads: 0 };
  const threads = threadsOverride(process.env.LESSON_RENDER_THREADS) ?? renderThreads(tasks.length);
  const pool =
    threads > 1
      ? new Tinypool({
          filename: new URL('./render-worker.ts', import.meta.url).href,
          minThreads: threads - 1,
          maxThreads: threads - 1,
          workerData: setup,
        })
      : undefined;
  let next = 0;
  const take = () => (next < tasks.length ? next++ : undefined);
  try {
    const local = await createPageRenderer(setup, prepare);
    const localLoop = async () => {
      for (let i = take(); i !== undefined; i = take()) {
        results[i] = await local(tasks[i]!);
        // A page renders without yielding to the event loop; let the workers' results and
        // requests for more pages through between pages.
        if (pool) await nextTurn();
      }
    };
    // Two pages in flight per worker, so none waits for the loader's thread to hand it the next.
    const workerLoop = async () => {
      for (let i = take(); i !== undefined; i = take())
        results[i] = (await pool!.run(tasks[i])) as RenderedPage;
    };
    await Promise.all([
      ...Array.from({ length: pool ? (threads - 1) * 2 : 0 }, workerLoop),
      localLoop(),
    ]);
  } finally {
    await pool?.destroy();
  }
  return { results, threads };
}
