import { createHash } from 'node:crypto';

/**
 * The build cache of one lesson folder, relative to the generator's folder (Astro's `cacheDir`):
 * one per lesson, so building another lesson never evicts this one's pages. The content store,
 * the rendered HTML and the last build's record live there (src/loaders/build-record.ts).
 */
export const lessonCacheFolder = (lessonDir: string) =>
  `node_modules/.astro/lessons/${createHash('sha256').update(lessonDir).digest('hex').slice(0, 12)}`;

/** Where in the cache folder each page's rendered HTML is kept, one file per digest. */
export const htmlCacheFolder = 'lesson-html';
