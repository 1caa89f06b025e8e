import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listAssets } from '../lesson/assets.ts';
import { readLessonBytes } from '../lesson/lesson-files.ts';
import type { Lesson } from '../lesson/types.ts';
import type { SiteFiles } from './site-files.ts';

/**
 * The HTML files of a built site that are the author's own, published as they are (a slide deck in
 * `files/`, an exported notebook), not pages the generator made: those its format publishes
 * (`listAssets`), and those a page's link published (the same bytes as the lesson file at the
 * path they are published at). Their content, ids and requests are the author's.
 */
export function authorFilesOf(site: SiteFiles, lesson: Pick<Lesson, 'settings'>): Set<string> {
  const published = listAssets(lesson.settings).files;
  const own = new Set<string>();
  for (const page of site.pages) {
    if (published.has(page)) {
      own.add(page);
      continue;
    }
    const lessonCopy = readLessonBytes(lesson.settings.dir, page);
    if (lessonCopy?.equals(readFileSync(join(site.outDir, page)))) own.add(page);
  }
  return own;
}
