import { readFileSync } from 'node:fs';
import type { DiagnosticBag } from '../diagnostics.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a Markdown source as UTF-8 text. A binary file or invalid UTF-8 is reported and read as
 * undefined, so one bad file gives one clear error rather than a crash or garbage on a page.
 */
export function readSourceText(path: string, bag: DiagnosticBag): string | undefined {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) {
    bag.error('source/binary', 'file is binary (it contains NUL bytes), not Markdown text', 0, 'Remove it from the episodes folder or replace it with the Markdown source.');
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    bag.error('source/encoding', 'file is not valid UTF-8 text', firstBadLine(bytes), 'Re-save the file with UTF-8 encoding.');
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
