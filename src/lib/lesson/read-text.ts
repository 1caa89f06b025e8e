import type { DiagnosticBag } from '../diagnostics.ts';
import { readLessonBytes } from './lesson-files.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a Markdown source of the lesson as UTF-8 text, through the lesson-file gate (a link out of
 * the lesson is refused with a warning). A binary file or invalid UTF-8 is reported and read as
 * undefined, so one bad file gives one clear error rather than a crash or garbage on a page.
 */
export function readSourceText(dir: string, file: string, bag: DiagnosticBag): string | undefined {
  const problems: Parameters<typeof readLessonBytes>[2] = [];
  const bytes = readLessonBytes(dir, file, problems);
  for (const problem of problems) bag.add(problem);
  if (bytes === undefined) return undefined;
  if (bytes.includes(0)) {
    bag.error(
      'source/binary',
      'file is binary (it contains NUL bytes), not Markdown text',
      0,
      'Remove it from the episodes folder or replace it with the Markdown source.',
    );
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    bag.error(
      'source/encoding',
      'file is not valid UTF-8 text',
      firstBadLine(bytes),
      'Re-save the file with UTF-8 encoding.',
    );
    return undefined;
  }
}

/** 1-based number of the first line that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 0;
}
