import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { walkLesson } from '../lesson/lesson-files.ts';

/**
 * What a page's Liquid reads besides the page, so that its cached HTML is rendered again when
 * one of them changes: every file of `_includes/` (`{% include %}`, includes within includes)
 * and `_data/` (`site.data`), as one digest for the whole lesson, and the files a page names in
 * `{% include_relative %}`, per page. A name built from Liquid variables cannot be known before
 * rendering; such a page is rendered again only when `_includes/` or `_data/` change.
 */
export function liquidInputsDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const folder of ['_includes', '_data'])
    for (const [path, real] of walkLesson(dir, folder).files) hash.update(path).update(read(real));
  return hash.digest('hex').slice(0, 20);
}

const relativeInclude = /\{%-?\s*include_relative\s+([^\s%{}]+)/g;

/** Digest of the files `text` (the page at lesson path `file`) names in `{% include_relative %}`. */
export function relativeIncludesDigest(dir: string, file: string, text: string): string {
  const names = [...text.matchAll(relativeInclude)].map((m) => m[1]!);
  if (!names.length) return '';
  const hash = createHash('sha256');
  for (const name of names) {
    const path = posix.join(posix.dirname(file), name);
    const found = walkLesson(dir, posix.dirname(path)).files.get(path);
    hash.update(path).update(found ? read(found) : '');
  }
  return hash.digest('hex').slice(0, 20);
}

function read(real: string): Buffer | string {
  try {
    return readFileSync(real);
  } catch {
    return '';
  }
}
