import { createRequire } from 'node:module';
import type { Loader } from 'astro/loaders';
import type { LessonLoaderOptions } from './lesson-sync.ts';

/**
 * The content layer's view of a lesson: one collection holding the settings, every episode and
 * every page, rendered to HTML (src/loaders/lesson-sync.ts).
 *
 * Astro runs the content config, and what it imports, through Vite's module runner, which
 * transforms every module it loads, on every build, with no cache between processes. The sync
 * and the renderer behind it are a hundred-odd modules: ≈ 0.6 s of a small lesson's 4.4 s cold
 * build went on transforming them (bench/NOTES.md). So only this file is Vite's; the sync is
 * loaded by Node itself, as the render workers and the quick rebuild load it, from Node's compile
 * cache. Nothing is lost in dev: Astro re-runs a loader it already holds (refreshContent), and
 * re-imports the content config only when that file changes, so the sync's modules were never
 * reloaded on an edit before either.
 */
export function lessonLoader(options: LessonLoaderOptions): Loader {
  return {
    name: 'lesson-loader',
    // In dev, the lesson integration calls this again whenever a lesson file changes
    // (refreshContent), so edits show up even after Astro restarts its own watcher.
    async load(context) {
      const { syncLesson } = nodeRequire('./lesson-sync.ts') as typeof import('./lesson-sync.ts');
      await syncLesson(context, {
        ...options,
        failOnError: options.failOnError && !context.refreshContextData,
      });
    },
  };
}

/**
 * Node's own loader. Vite's runner rewrites every `import()` in the modules it runs into its own,
 * but leaves `require` alone, and Node's `require` loads ES modules, those of the sync included,
 * as long as none of them awaits at its top level (Node would say so: ERR_REQUIRE_ASYNC_MODULE).
 */
const nodeRequire = createRequire(import.meta.url);
