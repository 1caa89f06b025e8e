import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The all-in-one pages' episodes, written in once Astro has exited. Each all-in-one page holds
 * every episode's HTML (21 MB per view at 1000 episodes); Astro renders a page into a string and
 * then into byte chunks, so those two pages alone briefly held ≈ 150 MB of buffers in Astro's
 * process, at the build's peak. `lesson-site build` instead has Astro write a marker naming the
 * episode's cached HTML file, then streams each page to disk with the files' bytes in place of
 * the markers: the same bytes the page would have had (tests/unit/integration/deferred-html.test.ts,
 * tests/unit/cli/rebuild.test.ts), without anyone holding them.
 *
 * A marker carries a random token the command makes for each build, so that text in a lesson
 * cannot pose as one (it would stay a comment, and name only a file of the render cache anyway).
 */

/** Set by `lesson-site build` for the Astro it runs: this build's token. */
export const deferredHtmlEnv = 'LESSON_SITE_DEFERRED_HTML';

const markerPrefix = 'lesson-site-deferred';

/** What a page writes in place of the HTML in `file` (a file of the render cache). */
export const deferredHtmlMarker = (token: string, file: string) =>
  `<!--${markerPrefix}:${token}:${basename(file)}-->`;

/**
 * Put the HTML each of this build's markers names in its place, streaming the page to a new
 * file that replaces it. The number of markers filled; a page without any is left untouched.
 */
export function fillDeferredHtml(page: string, htmlDir: string, token: string): number {
  if (!existsSync(page)) return 0;
  const text = readFileSync(page, 'utf8');
  const markers = [...text.matchAll(new RegExp(`<!--${markerPrefix}:${token}:([^>]*?)-->`, 'g'))];
  if (markers.length === 0) return 0;
  const partial = `${page}.partial`;
  const fd = openSync(partial, 'w');
  try {
    let from = 0;
    for (const marker of markers) {
      writeSync(fd, text.slice(from, marker.index));
      writeSync(fd, readCached(page, htmlDir, marker[1]!));
      from = marker.index + marker[0].length;
    }
    writeSync(fd, text.slice(from));
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(partial, page);
  return markers.length;
}

function readCached(page: string, htmlDir: string, name: string): Buffer {
  const file = join(htmlDir, name);
  // Only a file of the cache folder itself: a marker is ours, but a page is no place to trust.
  if (!name || basename(name) !== name || name.startsWith('.'))
    throw new Error(`${page}: a marker names "${name}", which is not a file of ${htmlDir}`);
  if (!existsSync(file))
    throw new Error(
      `${page}: the rendered HTML ${file} is missing (was the cache emptied during the build?); build again`,
    );
  return readFileSync(file);
}
