import { lessonFileIndex } from '../lib/lesson/site-map.ts';
import type { RenderSetup } from './render-page.ts';

/** The environment variable naming the file that holds a render worker's `RenderSetup`. */
export const setupVariable = 'LESSON_RENDER_SETUP';

/**
 * The setup as a worker process can receive it: v8.serialize copies no functions, so the site
 * map's file index travels as its table of published files and `reviveSetup` rebuilds it.
 */
export function portableSetup(setup: RenderSetup): unknown {
  const { files, ...site } = setup.site;
  return { ...setup, site, publishedFiles: files?.atSitePath };
}

/** The setup a worker process rebuilt from `portableSetup`'s data. */
export function reviveSetup(data: unknown): RenderSetup {
  const { publishedFiles, ...setup } = data as RenderSetup & {
    publishedFiles?: ReadonlyMap<string, string>;
  };
  if (!publishedFiles) return setup;
  const files = lessonFileIndex(setup.lesson.settings.dir, publishedFiles);
  return { ...setup, site: { ...setup.site, files } };
}
