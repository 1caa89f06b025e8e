import type { DiagnosticBag } from '../diagnostics.ts';
import { readLessonBytes } from './lesson-files.ts';
import type { LessonFormat } from './types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// WHATWG's "latin1" is Windows-1252: Latin-1 with the curly quotes and dashes a Windows editor
// writes in 0x80–0x9F, where pandoc's own Latin-1 fallback has control characters.
const windows1252 = new TextDecoder('windows-1252');

/**
 * Read a Markdown source of the lesson as text, through the lesson-file gate (a link out of the
 * lesson is refused with a warning), as leniently as the lesson's toolchain reads it:
 * - NUL characters, which Jekyll and pandoc pass through, become U+FFFD (CommonMark's rule), with
 *   a warning at the first one;
 * - text that is not UTF-8 stops a styles build, as kramdown stops Jekyll's; pandoc reads such a
 *   file as Latin-1, so a Workbench page is published, each line not in UTF-8 read as Windows-1252,
 *   with a warning at the first;
 * - a binary file or UTF-16 text is no page to either: an error, and undefined.
 */
export function readSourceText(
  dir: string,
  file: string,
  bag: DiagnosticBag,
  format: LessonFormat,
): string | undefined {
  const problems: Parameters<typeof readLessonBytes>[2] = [];
  const bytes = readLessonBytes(dir, file, problems);
  for (const problem of problems) bag.add(problem);
  if (bytes === undefined) return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    bag.error(
      'source/encoding',
      'file is UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8',
      1,
      'Save the file again with UTF-8 encoding.',
    );
    return undefined;
  }
  const text = decode(bytes);
  if (text === undefined || (text.includes('\0') && looksBinary(bytes))) {
    if (bytes.includes(0)) {
      bag.error(
        'source/binary',
        'file is binary (it contains NUL bytes), not Markdown text',
        0,
        'Remove it from the episodes folder or replace it with the Markdown source.',
      );
      return undefined;
    }
    const line = firstBadLine(bytes);
    if (format === 'styles') {
      bag.error(
        'source/encoding',
        'file is not valid UTF-8 text, which stops kramdown (and Jekyll) too',
        line,
        'Save the file again with UTF-8 encoding.',
      );
      return undefined;
    }
    bag.warn(
      'source/encoding',
      'file is not valid UTF-8 text; as pandoc falls back to Latin-1, the lines that are not UTF-8 are read as Windows-1252 (Latin-1)',
      line,
      'Save the file again with UTF-8 encoding, and check those lines read as you meant.',
    );
    return linesDecoded(bytes);
  }
  if (text.includes('\0')) {
    bag.warn(
      'source/nul-character',
      'file contains a NUL character, shown as � where it is',
      lineOf(text, text.indexOf('\0')),
      'Delete the character; an editor that shows invisible characters finds it.',
    );
    return text.replaceAll('\0', '\uFFFD');
  }
  return text;
}

function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Many NUL bytes (one in eight or more) are no text with a stray NUL in it: an image or other
 * binary saved as `.md`, or UTF-16 written without a byte order mark (every other byte NUL).
 */
function looksBinary(bytes: Uint8Array): boolean {
  let nul = 0;
  for (const byte of bytes) if (byte === 0) nul++;
  return nul * 8 >= bytes.length;
}

/** Each line as UTF-8 when it is, as Windows-1252 when it is not. */
function linesDecoded(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let start = 0; start <= bytes.length;) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    const line = bytes.subarray(start, stop);
    lines.push(decode(line) ?? windows1252.decode(line));
    start = stop + 1;
  }
  return lines.join('\n');
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** 1-based number of the first line that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (decode(bytes.subarray(start, stop)) === undefined) return line;
    start = stop + 1;
  }
  return 0;
}
